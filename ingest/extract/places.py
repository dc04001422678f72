"""Places: level words (`tỉnh`, `TP.`, `quận`, `phường` …) and the place names after them,
trimmed against the gazetteer (`quận Đống Đa`, `TP.HCM`, `huyện Mường Nhé`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from ingest.extract.gazetteer import gazetteer
from ingest.extract.lexicon import lowered, words
from ingest.extract.mentions import Mention
from ingest.extract.normalise import LOWER, UPPER, as_ranges

# the classes as ranges: RUN is in many patterns, each compiled when first used
SYL = rf"(?:[{as_ranges(UPPER)}][{as_ranges(LOWER + UPPER)}'’]*|\d{{1,2}})"
# A capitalised run, possibly hyphenated (`Bà Rịa - Vũng Tàu`); trimmed against the gazetteer.
RUN = rf"{SYL}(?:(?: | ?[-–] ?){SYL}){{0,7}}"

# Level words, mapped to their canonical spelling.
_LEVEL_WORDS = {
    "tỉnh": "tỉnh",
    "thành phố": "thành phố",
    "tp": "thành phố",
    "t.p": "thành phố",
    "quận": "quận",
    "q": "quận",
    "huyện": "huyện",
    "h": "huyện",
    "thị xã": "thị xã",
    "tx": "thị xã",
    "phường": "phường",
    "p": "phường",
    "xã": "xã",
    "thị trấn": "thị trấn",
    "tt": "thị trấn",
    # the island districts made communes on 1 July 2025 (`đặc khu Vân Đồn`)
    "đặc khu": "đặc khu",
}
LEVEL = (
    r"(?:(?i:tỉnh|thành phố|thị xã|thị trấn|quận|huyện|phường|xã|đặc khu)\b"
    # an abbreviation ends with a full stop or a space: `PGS.TS` holds no `P.` (phường)
    r"|(?:TP|Tp|T\.P|TX|TT|Q|P)(?:\. ?| )(?=[" + UPPER + r"\d])"
    # `H.Củ Chi`: a district written short, with its full stop
    r"|H\. ?(?=[" + UPPER + r"])"
    r"|(?:TP|Q|P)(?=\d)"
    # `Phó Giám đốc Công an TP được …`: the city said bare, a lower-case word after it
    r"|TP(?= [" + LOWER + r"])"
    # `UBND TPHCM`: the city's short name written onto the level
    r"|T[Pp](?=HCM\b))"
)
PROVINCE_LEVELS = {"tỉnh", "thành phố"}
DISTRICT_LEVELS = {"quận", "huyện", "thị xã", "thành phố"}
COMMUNE_LEVELS = {"phường", "xã", "thị trấn", "đặc khu"}
ALL_LEVELS = (
    "thành phố",
    "thị xã",
    "thị trấn",
    "tỉnh",
    "quận",
    "huyện",
    "phường",
    "xã",
    "đặc khu",
)


def level_of(word: str) -> str:
    return _LEVEL_WORDS[word.lower().strip().rstrip(".")]


@lru_cache(maxsize=1 << 12)
def trim_place(run: str, level: str | None) -> str | None:
    """The place name at the start of a capitalised run: the longest gazetteer prefix, else a
    short run that does not continue into a person's name."""
    gaz = gazetteer()
    syllables = re.split(r"( | ?[-–] ?)", run)
    parts = syllables[0::2]
    for n in range(len(parts), 0, -1):
        candidate = "".join(syllables[: 2 * n - 1])
        if level in PROVINCE_LEVELS and gaz.province(candidate):
            return candidate
        if level not in COMMUNE_LEVELS and gaz.districts_named(candidate):
            return candidate
        if level is None and gaz.province(candidate):
            return candidate
    if level is None or level in PROVINCE_LEVELS - {"thành phố"}:
        return None
    if level == "thành phố":
        return None
    if parts[0].isdigit():
        return parts[0]
    if len(parts) > 1 and parts[-1] in _AWARD_HEADS:
        parts = parts[:-1]  # `tặng Công an phường Trần Lãm Bằng khen`: the award is no place
    family = surnames()
    # `huyện Mường Nhé Nguyễn Văn A`: the place stops where a family name starts a name (two
    # syllables or more); a last syllable that is also a family name ends the place
    # (`xã Hướng Phùng`).
    # A family name that starts a district's or a province's name goes on with the place
    # (`phường Nam Sầm Sơn`, a ward named after the town it was cut from).
    # A family name inside a known place's name goes on with it (`phường Buôn Ma Thuột`).
    keep = 1
    while keep < min(len(parts), 3) and not (
        parts[keep] in family
        and keep + 1 < len(parts)
        and not _known(parts[keep : keep + 2])
        and not _known(parts[: keep + 2])
    ):
        keep += 1
    # `xã Đinh Văn Lâm Hà`, `xã Phúc Thọ Lâm Hà`: a commune of 2025 named after an old commune
    # and the district it was in, the district's name at its end
    if level in COMMUNE_LEVELS and keep < len(parts):
        keep = next(
            (k + 2 for k in range(1, keep) if k + 2 > keep and _known(parts[k : k + 2])), keep
        )
    return " ".join(parts[:keep])


# capitalised first words of awards written right after a unit that receives them
_AWARD_HEADS = frozenset({"Bằng", "Giấy", "Cờ", "Huân"})


def _known(parts: list[str]) -> bool:
    name = " ".join(parts)
    gaz = gazetteer()
    return bool(gaz.districts_named(name) or gaz.province(name))


@cache
def surnames() -> frozenset[str]:
    return frozenset(words("surnames.txt"))


def _level_first() -> str:
    r"""`(?<!\w)LEVEL` as a branch per first letter with the word start checked after it, for
    the regex engine to skip to those letters (see `lexicon.leading`): the same alternatives,
    tried in the same order for each letter."""
    after = r"(?<!\w.)"
    # `đặc khu` is left out: `đ` opens too many words for a branch of its own, and the
    # special zones are read as units (`Công an đặc khu X`), never as places alone
    words = {"t": "ỉnh|hành phố|hị xã|hị trấn", "q": "uận", "h": "uyện", "p": "hường", "x": "ã"}
    branches = [rf"{c}{after}(?i:{rest})\b" for w, rest in words.items() for c in (w, w.upper())]
    # `H.Củ Chi` in the branch of `Huyện`, so that a capital H is tried once
    branches[branches.index(rf"H{after}(?i:uyện)\b")] = (
        rf"H{after}(?:(?i:uyện)\b|\. ?(?=[{UPPER}]))"
    )
    followed = rf"(?:\. ?| )(?=[{UPPER}\d])"
    branches += [
        rf"T{after}(?:P|\.P|X|T){followed}",
        rf"Q{after}{followed}",
        rf"P{after}{followed}",
        rf"T{after}P(?=\d)",
        rf"Q{after}(?=\d)",
        rf"P{after}(?=\d)",
        rf"T{after}P(?=HCM\b)",
    ]
    return "|".join(branches)


@cache
def _place_re() -> re.Pattern[str]:
    return re.compile(rf"(?P<level>{_level_first()})\s*(?P<place>{RUN})")


# `tại Phan Rang - Tháp Chàm`: a district named without its level where something happens.
# The words are found with `str.find`: `ại ` alone is in most sentences (`Đại tá`).
_AT_WORDS = ("tại ", "Tại ", "ở ")
_RUN_AT = re.compile(RUN)


def _after_at(text: str) -> Iterator[int]:
    """Where a name may start after `tại`/`ở` said as a word."""
    for word in _AT_WORDS:
        at = text.find(word)
        while at >= 0:
            if not at or not text[at - 1].isalnum():
                yield at + len(word)
            at = text.find(word, at + len(word))


@cache
def _written_districts() -> dict[str, str | None]:
    """District names as the gazetteer writes them -> their province (None when several
    provinces have one of that name): looked up as written, with no folding per sentence."""
    out: dict[str, str | None] = {}
    for found in gazetteer().districts.values():
        for d in found:
            out[d.name] = d.province if out.get(d.name, d.province) == d.province else None
    return out


_DISTRICT_WORDS = 6  # `Phan Rang - Tháp Chàm` and longer names, with their separators


def _bare_districts(text: str, offset: int) -> list[Mention]:
    """Districts of two syllables or more named bare after `tại`/`ở`; one province's only, so
    they tell where the article is (`near`), not a person (`Phan Rang`)."""
    out = []
    written = _written_districts()
    for at in _after_at(text):
        run = _RUN_AT.match(text, at)
        if run is None:
            continue
        pieces = re.split(r"( | ?[-–] ?)", run.group())
        for n in range(min(len(pieces), 2 * _DISTRICT_WORDS - 1), 2, -2):
            place = "".join(pieces[:n])
            province = written.get(place)
            if place in written:
                break
        else:
            continue
        if province is None or gazetteer().province(place):
            continue
        mention = Mention(offset + at, offset + at + len(place), "place", place, place=place)
        mention.extra["near"] = province
        out.append(mention)
    return out


# `Tại điểm cầu Hà Nam, PCT UBND tỉnh …`: a province named bare where an online meeting met
# (`Tại điểm cầu TP Đà Nẵng`, `điểm cầu tỉnh Hà Nam`: with its level)
_BRIDGE_POINT = re.compile(
    r"(?<!\w)(?i:điểm cầu)\s+(?:(?:tỉnh|thành phố|TP\.?)\s*)?"
    r"(?P<place>(?:[A-ZĐ]\w*)(?: [A-ZĐ]\w*){0,3})"
)


def _bridge_provinces(text: str, offset: int) -> list[Mention]:
    out = []
    for match in _BRIDGE_POINT.finditer(text):
        words = match.group("place").split(" ")
        for n in range(len(words), 0, -1):
            place = " ".join(words[:n])
            province = gazetteer().province(place)
            if province is not None and province.name == place:
                start = offset + match.start("place")
                mention = Mention(start, start + len(place), "place", place, place=place)
                mention.extra["level"] = province.type
                mention.extra["province"] = place
                mention.extra["bridge"] = "1"
                out.append(mention)
                break
    return out


def find_places(text: str, offset: int = 0) -> list[Mention]:
    """`quận Đống Đa`, `tỉnh Nghệ An`, `TP.HCM`: places named on their own (not units)."""
    out = _bare_districts(text, offset)
    if "điểm cầu" in lowered(text):
        out += _bridge_provinces(text, offset)
    for match in _place_re().finditer(text):
        level = level_of(match.group("level"))
        place = trim_place(match.group("place"), level)
        if not place:
            continue
        if match.group("level").startswith("H.") and not gazetteer().districts_named(place):
            continue  # `Ảnh: H.Sơn`: a photographer's initial, no district
        province = gazetteer().province(place) if level in PROVINCE_LEVELS else None
        value = province.name if province else place
        mention = Mention(
            offset + match.start(),
            offset + match.start("place") + len(place),
            "place",
            value,
            place=value,
        )
        mention.extra["level"] = level
        if province and (level == "tỉnh" or province.type == level):
            mention.extra["province"] = province.name
        out.append(mention)
    return out
