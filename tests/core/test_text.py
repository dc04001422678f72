from __future__ import annotations

from core.ids import from_local_id, local_id, mint
from core.text import fold, nfc, slug


def test_fold_removes_accents_and_maps_d_bar():
    assert fold("Đào Thanh Hải") == "dao thanh hai"
    assert fold("  ĐỐNG   ĐA ") == "dong da"


def test_nfc_composes_decomposed_input_and_drops_zero_width():
    decomposed = "Ha\u0300 No\u0302\u0323i\u200b"
    assert nfc(decomposed) == "Hà Nội"


def test_slug_and_ids_are_stable_and_readable():
    iri = mint("unit", "Công an quận Đống Đa")
    assert iri.endswith("/unit/cong-an-quan-dong-da")
    assert mint("unit", "CÔNG AN QUẬN ĐỐNG ĐA") == iri
    assert from_local_id("unit", local_id(iri)) == iri
    assert slug("Đào Thanh Hải") == "dao-thanh-hai"
