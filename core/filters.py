"""What the faceted listings (the campaign library, the events listing) share: a filter's
options with their counts, the filters a reader has chosen, and reading the repeatable GET
parameters they come from without trusting them."""

from dataclasses import dataclass, field

# At most this many values per filter are read; more is not a real reader's request.
MAX_VALUES_PER_FILTER = 20
# Values are slugs and codes; anything longer cannot match one.
MAX_VALUE_LENGTH = 60


@dataclass
class Option:
    value: str
    label: str
    count: int = 0
    selected: bool = False
    lang: str = ""  # the option's own language, for `lang` on a language's name

    @property
    def disabled(self):
        # A selected value stays usable so that it can be removed.
        return self.count == 0 and not self.selected


@dataclass
class Facet:
    name: str  # the GET parameter
    label: str
    options: list = field(default_factory=list)


@dataclass
class ActiveFilter:
    name: str
    value: str
    label: str
    remove_url: str


def read_values(params, name):
    """The distinct, normalised values of one repeatable parameter, in the order given."""
    values = []
    for raw in params.getlist(name)[: MAX_VALUES_PER_FILTER * 2]:
        value = str(raw).strip().lower()[:MAX_VALUE_LENGTH]
        if value and value not in values:
            values.append(value)
    return values[:MAX_VALUES_PER_FILTER]


def page_number(raw, default=1):
    """A page number from the query string; anything odd means the first page."""
    try:
        number = int(str(raw)[:6])
    except (TypeError, ValueError):
        return default
    return number if number > 0 else default
