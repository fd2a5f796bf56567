"""The stylesheet: logical properties only (right-to-left mirrors), no fonts or images from
other sites, and a rule for every class the shared components use."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CSS = (ROOT / "static/css/hub.css").read_text(encoding="utf-8")
CSS_WITHOUT_COMMENTS = re.sub(r"/\*.*?\*/", "", CSS, flags=re.DOTALL)
PHYSICAL = re.compile(
    r"(?<![\w-])(?:margin|padding|border)-(?:left|right|top|bottom)\b"
    r"|(?<![\w-])(?:left|right|top|bottom)\s*:"
    r"|(?<![\w-])(?:float|clear|text-align)\s*:\s*(?:left|right)\b"
    r"|(?<![\w-])(?:min-|max-)?(?:width|height)\s*:"
    r"|border-(?:top|bottom)-(?:left|right)-radius"
)


def test_braces_balance():
    assert CSS_WITHOUT_COMMENTS.count("{") == CSS_WITHOUT_COMMENTS.count("}")


def test_only_logical_properties():
    # Media queries may test the viewport width; declarations may not set physical sides.
    declarations = re.sub(r"@media[^{]*\{", "{", CSS_WITHOUT_COMMENTS)
    assert PHYSICAL.findall(declarations) == []


def test_nothing_from_other_sites():
    assert "@import" not in CSS_WITHOUT_COMMENTS
    assert "@font-face" not in CSS_WITHOUT_COMMENTS
    for address in re.findall(r"url\(\s*['\"]?([^'\")]+)", CSS_WITHOUT_COMMENTS):
        assert "//" not in address, address


def test_every_component_block_has_rules():
    # BEM blocks (card, filter-panel, …): a block with no rule at all means its styles were
    # lost. Elements and modifiers may be hooks without a rule of their own; page-* classes
    # on <body> are hooks for page templates.
    used = set()
    for template in (ROOT / "templates").rglob("*.html"):
        if template.name == "help_block.html":
            continue  # the directory app's markup; styled where it uses these classes
        for classes in re.findall(r'class="([^"{}]+)"', template.read_text(encoding="utf-8")):
            used.update(
                name.split("__")[0].split("--")[0]
                for name in classes.split()
                if not name.startswith("page-")
            )
    styled = {
        name.split("__")[0].split("--")[0]
        for name in re.findall(r"\.([a-zA-Z][\w-]*)", CSS_WITHOUT_COMMENTS)
    }
    assert sorted(used - styled) == []
    # And the main ones survive with their elements.
    for selector in (
        ".card__title",
        ".filter-facet__summary",
        ".pagination a",
        ".quick-exit__button",
    ):
        assert selector in CSS_WITHOUT_COMMENTS


def test_dark_mode_and_print_styles_exist():
    assert "@media (prefers-color-scheme: dark)" in CSS
    print_rules = CSS.split("@media print", 1)[1]
    for hidden in (".quick-exit", ".site-search", ".language-switcher", ".site-header"):
        assert hidden in print_rules
    assert 'a[href^="https://"]::after' in print_rules


def _print_rule(selector_part, print_rules):
    """The declarations of the print rules whose selector list names `selector_part`."""
    rules = re.findall(r"([^{}]+)\{([^{}]*)\}", print_rules)
    return " ".join(
        body
        for selectors, body in rules
        if selector_part in [s.strip() for s in selectors.split(",")]
    )


def test_printed_campaigns_keep_the_lesson_and_drop_the_buttons():
    after = CSS_WITHOUT_COMMENTS.split("@media print", 1)[1]
    depth = 0
    for position, char in enumerate(after):  # the print block only, up to its closing brace
        depth += {"{": 1, "}": -1}.get(char, 0)
        if char == "}" and depth == 0:
            end = position
            break
    print_rules = after[after.index("{") + 1 : end]
    for hidden in (".related-campaigns", ".campaign__kit", ".resource__action"):
        assert "display: none" in _print_rule(hidden, print_rules), hidden
    assert "display: block" in _print_rule(".lesson-plan", print_rules)
    for whole in (".resource", ".lesson-plan"):
        assert "break-inside: avoid" in _print_rule(whole, print_rules), whole


def _palette(block):
    return dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})\b", block))


def _luminance(colour):
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(a, b):
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


LIGHT = _palette(CSS_WITHOUT_COMMENTS.split("@media (prefers-color-scheme: dark)")[0])
DARK = {
    **LIGHT,
    **_palette(
        CSS_WITHOUT_COMMENTS.split("@media (prefers-color-scheme: dark)")[1].split("\n}\n")[0]
    ),
}
# (text, background) pairs the stylesheet actually uses; 4.5:1 for text (WCAG 2.2 AA 1.4.3).
TEXT_PAIRS = [
    ("ink", "paper"), ("ink", "surface"), ("ink", "accent-soft"), ("ink", "exit-bar"),
    ("ink", "info-soft"), ("ink", "warning-soft"), ("ink", "success-soft"), ("ink", "danger-soft"),
    ("muted", "paper"), ("muted", "surface"), ("muted", "accent-soft"),
    ("accent", "paper"), ("accent", "surface"), ("accent", "accent-soft"),
    ("accent-strong", "paper"), ("accent-strong", "accent-soft"),
    ("button-ink", "button-bg"), ("button-ink", "accent-strong"),
    ("danger", "paper"), ("focus-ink", "focus"),
]  # fmt: skip
# Borders of controls and state indicators: 3:1 (1.4.11).
UI_PAIRS = [
    ("line-strong", "paper"), ("line-strong", "surface"), ("accent", "paper"),
    ("danger", "paper"), ("warning", "warning-soft"), ("success", "success-soft"),
    ("info", "info-soft"), ("danger", "danger-soft"),
]  # fmt: skip


def test_colour_contrast_meets_wcag_aa_in_light_and_dark_mode():
    failures = []
    for mode, palette in (("light", LIGHT), ("dark", DARK)):
        for pairs, minimum in ((TEXT_PAIRS, 4.5), (UI_PAIRS, 3.0)):
            for fg, bg in pairs:
                ratio = _contrast(palette[fg], palette[bg])
                if ratio < minimum:
                    failures.append(f"{mode}: {fg} on {bg} = {ratio:.2f}")
    # White on the quick-exit red in both modes.
    assert _contrast("#ffffff", LIGHT["exit-bg"]) >= 4.5
    assert _contrast("#ffffff", LIGHT["exit-bg-hover"]) >= 4.5
    assert failures == []
