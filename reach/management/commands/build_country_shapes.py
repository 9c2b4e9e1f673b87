"""Turn Natural Earth's 110m countries (TopoJSON, npm package world-atlas) into the compact
SVG paths the maps draw: reach/data/country_shapes.json.

    cd /tmp && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    .venv/bin/python manage.py build_country_shapes /tmp/package/countries-110m.json \
        --markers /tmp/package/countries-50m.json

Countries too small for the 110m data (Singapore, Malta, ...) get a marker at the centre of
their 50m outline instead.
"""

import json
from pathlib import Path

from django_countries import countries

from django.core.management.base import BaseCommand

OUTPUT = Path(__file__).resolve().parents[2] / "data" / "country_shapes.json"
WIDTH = 1000
# Equirectangular projection of latitudes 84°N to 58°S: Antarctica is left out.
NORTH, SOUTH = 84.0, -58.0
SCALE = WIDTH / 360
HEIGHT = round((NORTH - SOUTH) * SCALE)
# Natural Earth countries without an ISO numeric code in world-atlas, by name.
CODES_BY_NAME = {"Kosovo": "XK"}
LEFT_OUT = {"010"}  # Antarctica


def decode_arcs(topology):
    """Absolute longitude/latitude points of each arc (TopoJSON arcs are delta-encoded)."""
    (scale_x, scale_y), (move_x, move_y) = (
        topology["transform"]["scale"],
        topology["transform"]["translate"],
    )
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale_x + move_x, y * scale_y + move_y))
        arcs.append(points)
    return arcs


def ring_points(ring, arcs):
    points = []
    for index in ring:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def project(longitude, latitude):
    latitude = max(SOUTH, min(NORTH, latitude))
    return round((longitude + 180) * SCALE), round((NORTH - latitude) * SCALE)


def ring_path(points):
    """A closed ring as relative SVG moves on a whole-unit grid (small enough to inline)."""
    projected = []
    for point in points:
        xy = project(*point)
        if not projected or xy != projected[-1]:
            projected.append(xy)
    if len(projected) < 3:
        return ""
    (x, y), parts = projected[0], []
    for next_x, next_y in projected[1:]:
        parts.append(f"{next_x - x} {next_y - y}")
        x, y = next_x, next_y
    return f"M{projected[0][0]} {projected[0][1]}l" + " ".join(parts) + "z"


def country_code(geometry):
    numeric = geometry.get("id")
    if numeric is None:
        return CODES_BY_NAME.get(geometry.get("properties", {}).get("name"))
    return countries.alpha2(int(numeric)) or None


class Command(BaseCommand):
    help = "Build reach/data/country_shapes.json from Natural Earth 110m TopoJSON (world-atlas)."

    def add_arguments(self, parser):
        parser.add_argument("topojson", help="countries-110m.json from the world-atlas package")
        parser.add_argument("--output", default=str(OUTPUT))
        parser.add_argument(
            "--markers", help="countries-50m.json: a marker for each country the 110m data lacks"
        )

    def handle(self, *args, **options):
        topology = json.loads(Path(options["topojson"]).read_text())
        arcs = decode_arcs(topology)
        shapes, skipped = {}, []
        for geometry in topology["objects"]["countries"]["geometries"]:
            code = country_code(geometry)
            if geometry.get("id") in LEFT_OUT or not code:
                skipped.append(geometry.get("properties", {}).get("name", "?"))
                continue
            polygons = (
                geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
            )
            path = "".join(
                ring_path(ring_points(ring, arcs)) for polygon in polygons for ring in polygon
            )
            if path:
                shapes[code] = shapes.get(code, "") + path
        markers = {}
        if options["markers"]:
            detailed = json.loads(Path(options["markers"]).read_text())
            detailed_arcs = decode_arcs(detailed)
            for geometry in detailed["objects"]["countries"]["geometries"]:
                code = country_code(geometry)
                if not code or code in shapes or geometry.get("id") in LEFT_OUT:
                    continue
                polygons = (
                    geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
                )
                # The centre of the largest outer ring: islands far apart must not average out.
                ring = max(
                    (ring_points(polygon[0], detailed_arcs) for polygon in polygons), key=len
                )
                longitude = sum(point[0] for point in ring) / len(ring)
                latitude = sum(point[1] for point in ring) / len(ring)
                markers[code] = list(project(longitude, latitude))
        document = {
            "source": "Natural Earth 1:110m countries 4.1.0 (public domain), via the npm "
            "package world-atlas 2.0.2 (ISC)",
            "width": WIDTH,
            "height": HEIGHT,
            "countries": dict(sorted(shapes.items())),
            "markers": dict(sorted(markers.items())),
        }
        output = Path(options["output"])
        output.write_text(json.dumps(document, separators=(",", ":")) + "\n")
        self.stdout.write(
            f"Wrote {len(shapes)} countries and {len(markers)} markers to {output} "
            f"({output.stat().st_size // 1024} KB); "
            f"left out: {', '.join(skipped) or 'none'}."
        )
