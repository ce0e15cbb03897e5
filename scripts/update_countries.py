"""Regenerate ``src/shanghai_coop/data/countries.json`` from pycountry and CLDR.

A maintenance script, not part of the installed package: it needs the development
dependencies ``pycountry`` and ``babel`` (``pip install pycountry babel``). The output is
committed, so the runtime dependencies stay attrs and cattrs.

Every ISO 3166-1 country is listed with its alpha-2, alpha-3 and numeric codes, its ISO
name, official and common names (pycountry), and CLDR's English, Russian and Simplified
Chinese short names (babel). Run it, review the diff, then run ``scripts/rehash.py``.

Kosovo, which ISO 3166-1 does not list, is added from :data:`NOT_IN_ISO`: the Correlates of
War and Gleditsch-Ward state systems and the World Bank list it, so that their codes have a
state to resolve to (see docs/data.md, "Identifiers").

Usage::

    python scripts/update_countries.py
"""

from __future__ import annotations

import json
import pathlib

import babel
import pycountry
from babel import Locale

DATA = pathlib.Path(__file__).resolve().parents[1] / "src" / "shanghai_coop" / "data"

#: States outside ISO 3166-1: (alpha-2, alpha-3, name, sources, note). Their codes are
#: user-assigned (ISO 3166-1 leaves XA-XZ and XAA-XZZ to users); they have no numeric code.
NOT_IN_ISO = [
    (
        "XK",
        "XKX",
        "Kosovo",
        ["cldr-49", "cow-states2016", "worldbank-api-countries"],
        "Not in ISO 3166-1. XK/XKX are the user-assigned codes of the World Bank (and CLDR's"
        " XK); COW and Gleditsch-Ward code it 347 from 2008. ISO 3166-1 gives it no numeric"
        " code, so it has none here.",
    ),
]


def derived_names(name: str) -> list[str]:
    """Return other word orders of an ISO name.

    "Korea, Republic of" gives "Republic of Korea"; "Holy See (Vatican City State)" gives
    "Holy See" and "Vatican City State".
    """
    out = []
    if "(" in name and name.endswith(")"):
        head, _, tail = name[:-1].partition("(")
        out.append(head.strip())
        if "part" not in tail:  # not "Saint Martin (French part)"
            out.append(tail.strip())
    if ", " in name:
        head, _, tail = name.partition(", ")
        # Only a trailing form of address: "Korea, Republic of", "Virgin Islands, British".
        if tail.split()[-1] in ("of", "the") or tail in ("British", "U.S."):
            out.append(f"{tail} {head}".strip())
    out += [n[4:] for n in out if n.startswith("The ")]  # "Democratic Republic of the Congo"
    return out


def main() -> None:
    import sys

    sys.path.insert(0, str(DATA.parents[1]))
    from shanghai_coop.names import normalise

    header = json.loads((DATA / "states.json").read_text(encoding="utf-8"))
    locales = {"en": Locale("en"), "ru": Locale("ru"), "zh": Locale.parse("zh_Hans")}
    countries = []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        names = {tag: locale.territories.get(country.alpha_2) for tag, locale in locales.items()}
        countries.append(
            {
                "alpha2": country.alpha_2,
                "alpha3": country.alpha_3,
                "numeric": country.numeric,
                "name": country.name,
                "official_name": getattr(country, "official_name", None),
                "common_name": getattr(country, "common_name", None),
                "cldr_en": names["en"],
                "cldr_ru": names["ru"],
                "cldr_zh": names["zh"],
            }
        )
    for alpha2, alpha3, name, sources, note in NOT_IN_ISO:
        names = {tag: locale.territories.get(alpha2) for tag, locale in locales.items()}
        countries.append(
            {
                "alpha2": alpha2,
                "alpha3": alpha3,
                "numeric": None,
                "name": name,
                "official_name": None,
                "common_name": None,
                "cldr_en": names["en"],
                "cldr_ru": names["ru"],
                "cldr_zh": names["zh"],
                "sources": sources,
                "note": note,
            }
        )
    countries.sort(key=lambda record: record["alpha3"])
    # Word-order variants of the ISO names, kept only where they denote a single country
    # and clash with no other country's name.
    names: dict[str, set[str]] = {}
    for record in countries:
        for field in ("name", "official_name", "common_name", "cldr_en", "cldr_ru", "cldr_zh"):
            if record[field]:
                names.setdefault(normalise(record[field]), set()).add(record["alpha3"])
    candidates: dict[str, set[str]] = {}
    for record in countries:
        for name in derived_names(record["name"]):
            candidates.setdefault(normalise(name), set()).add(record["alpha3"])
    for record in countries:
        record["aliases"] = sorted(
            name
            for name in derived_names(record["name"])
            if candidates[normalise(name)] == {record["alpha3"]}
            and names.get(normalise(name), {record["alpha3"]}) == {record["alpha3"]}
            and len(normalise(name)) > 3
        )
    doc = {
        "schema_version": header["schema_version"],
        "data_version": header["data_version"],
        "as_of": header["as_of"],
        "generated_from": {
            "pycountry": pycountry.__version__ if hasattr(pycountry, "__version__") else _version(),
            "babel": babel.__version__,
            "cldr": babel.core.get_cldr_version(),
        },
        "sources": ["cldr-49", "pycountry"],
        "countries": countries,
    }
    path = DATA / "countries.json"
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(countries)} countries to {path}")


def _version() -> str:
    from importlib.metadata import version

    return version("pycountry")


if __name__ == "__main__":
    main()
