"""Server-drawn figures: a tile map of countries with event counts and small bar charts.

Both are plain SVG built from numbers already counted in the database (no map tiles, no
script): colours are SVG presentation attributes, so the strict CSP allows them, and each
figure comes with a data table carrying the same numbers for screen readers.
"""

from dataclasses import dataclass

from directory.countries import country_name

# Europe as a grid of equal tiles, roughly where each country lies: (column, row).
EUROPE_TILES = {
    "IS": (0, 0),
    "NO": (4, 0),
    "SE": (5, 0),
    "FI": (6, 0),
    "IE": (0, 1),
    "GB": (1, 1),
    "DK": (4, 1),
    "EE": (6, 1),
    "NL": (2, 2),
    "DE": (3, 2),
    "PL": (4, 2),
    "LT": (5, 2),
    "LV": (6, 2),
    "BE": (2, 3),
    "LU": (3, 3),
    "CZ": (4, 3),
    "SK": (5, 3),
    "UA": (6, 3),
    "FR": (2, 4),
    "CH": (3, 4),
    "AT": (4, 4),
    "HU": (5, 4),
    "RO": (6, 4),
    "MD": (7, 4),
    "PT": (1, 5),
    "ES": (2, 5),
    "IT": (3, 5),
    "SI": (4, 5),
    "HR": (5, 5),
    "RS": (6, 5),
    "BG": (7, 5),
    "MT": (3, 6),
    "BA": (5, 6),
    "ME": (6, 6),
    "MK": (7, 6),
    "AL": (6, 7),
    "GR": (7, 7),
    "CY": (8, 7),
}
TILE = 44
GAP = 4
COLUMNS = 9
EUROPE_ROWS = 8

# Light to dark; the last two carry white text, the others dark text (contrast ≥ 4.5:1).
FILLS = ["#ececec", "#d4e6f3", "#9cc5e3", "#2a6f9e", "#0b4f6c"]
DARK_TEXT = "#0b1f2e"
LIGHT_TEXT = "#ffffff"


@dataclass
class Tile:
    code: str
    name: str
    count: int
    x: int
    y: int
    fill: str
    text_fill: str
    url: str


@dataclass
class CountryMap:
    tiles: list
    width: int
    height: int
    elsewhere_y: int  # where the "outside Europe" label goes; 0 when there is none
    rows: list  # [(name, count, url)] for the table, most events first
    total: int


def _shade(count, highest):
    if count <= 0 or highest <= 0:
        return FILLS[0], DARK_TEXT
    step = 1 + min(3, int(4 * (count - 1) / highest)) if highest > 1 else 4
    return FILLS[step], LIGHT_TEXT if step >= 3 else DARK_TEXT


def country_map(counts, language_code, url_for_code):
    """Tiles for every European country (0 events greyed, not linked) and for each other
    country that has events, below a gap. `counts` maps ISO code → events."""
    highest = max(counts.values(), default=0)
    tiles = []

    def tile(code, column, row):
        count = counts.get(code, 0)
        fill, text_fill = _shade(count, highest)
        tiles.append(
            Tile(
                code=code,
                name=country_name(code, language_code),
                count=count,
                x=column * (TILE + GAP),
                y=row * (TILE + GAP),
                fill=fill,
                text_fill=text_fill,
                url=url_for_code(code) if count else "",
            )
        )

    for code, (column, row) in EUROPE_TILES.items():
        tile(code, column, row)
    others = sorted(code for code in counts if code not in EUROPE_TILES and counts[code])
    elsewhere_y = 0
    rows_used = EUROPE_ROWS
    if others:
        elsewhere_y = EUROPE_ROWS * (TILE + GAP) + 14
        first_row = EUROPE_ROWS + 1
        for index, code in enumerate(others):
            tile(code, index % COLUMNS, first_row + index // COLUMNS)
        rows_used = first_row + (len(others) + COLUMNS - 1) // COLUMNS
    table = sorted(
        ((t.name, t.count, t.url) for t in tiles if t.count),
        key=lambda row: (-row[1], row[0].casefold()),
    )
    return CountryMap(
        tiles=tiles,
        width=COLUMNS * (TILE + GAP) - GAP,
        height=rows_used * (TILE + GAP) - GAP,
        elsewhere_y=elsewhere_y,
        rows=table,
        total=sum(counts.values()),
    )


@dataclass
class Bar:
    label: str
    value: int
    y: int
    width: int
    url: str = ""


@dataclass
class BarChart:
    bars: list
    width: int
    height: int
    label_width: int
    bar_height: int


def bar_chart(rows, *, label_width=170, plot_width=300, bar_height=22, gap=6):
    """A horizontal bar chart of [(label, value, url)]: bar lengths relative to the largest."""
    highest = max((value for _label, value, _url in rows), default=0)
    bars = []
    for index, (label, value, url) in enumerate(rows):
        width = round(plot_width * value / highest) if highest else 0
        bars.append(
            Bar(
                label=label,
                value=value,
                y=index * (bar_height + gap),
                width=max(width, 2 if value else 0),
                url=url,
            )
        )
    return BarChart(
        bars=bars,
        width=label_width + plot_width + 60,
        height=max(len(rows) * (bar_height + gap) - gap, bar_height),
        label_width=label_width,
        bar_height=bar_height,
    )
