"""The one parser of ids given by users (core.ids), which the graph view's focus and the
curator's commands both use."""

import pytest

from core.ids import mint, parse_user_id, user_id_candidates
from core.namespaces import ID_BASE
from kg.curation import Unjudgeable, target
from viz.subgraph import parse_focus

PERSON = mint("person", "Nguyễn Văn Hùng")


@pytest.mark.parametrize(
    "given",
    [
        "person/nguyen-van-hung",
        "  person/nguyen-van-hung ",
        "/persons/nguyen-van-hung",
        "persons/nguyen-van-hung/",
        "people/nguyen-van-hung",
        f"{ID_BASE}person/nguyen-van-hung",
    ],
)
def test_every_form_users_have_names_the_same_iri(given):
    assert parse_user_id(given, ("person", "event")) == PERSON
    assert parse_focus(given) == PERSON


def test_a_bare_id_means_one_iri_of_each_kind_in_their_order():
    found = user_id_candidates("hoi-nghi", ("event", "person"))
    assert found == [mint("event", "hoi nghi"), mint("person", "hoi nghi")]
    assert parse_user_id("hoi-nghi", ("unit",)) == mint("unit", "hoi nghi")
    with pytest.raises(ValueError, match="does not say whether it is a event or person id"):
        parse_user_id("hoi-nghi", ("event", "person"))


@pytest.mark.parametrize(
    "bad, message",
    [
        ("rank/dai-ta", "is not a person or event id"),
        ("https://example.org/person/x", "is not a person or event id"),
        ("person/x/y", "is not a person or event id"),
        ("", "is not a person or event id"),
        ("person/Bad Id", "not a valid person id"),
        ("person/<x>", "not a valid person id"),
    ],
)
def test_anything_else_is_refused_with_what_is_wrong(bad, message):
    with pytest.raises(ValueError, match=message):
        user_id_candidates(bad, ("person", "event"))


def test_the_curator_and_the_graph_view_refuse_alike(tmp_path):
    from kg.store.oxigraph import OxigraphStore

    store = OxigraphStore(tmp_path / "store")
    for bad in ("unit/x/y", "person/Bad Id", "cluster/cum-1"):
        with pytest.raises(ValueError) as focus:
            parse_user_id(bad, ("person", "event", "mention"))
        with pytest.raises(Unjudgeable) as judged:
            target(store, bad)
        assert str(judged.value) == str(focus.value)
    assert parse_focus("cluster/cum-1") == mint("cluster", "cum 1")
