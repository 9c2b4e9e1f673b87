"""Figures people compare, drawn as bars in the terminal with their numbers beside them."""

WIDTH = 40
EIGHTHS = " ▏▎▍▌▋▊▉"


def bar(value, largest, width=WIDTH):
    """`value` as a bar of full and partial blocks, `width` characters for `largest`."""
    if largest <= 0 or value <= 0:
        return ""
    eighths = round(value / largest * width * 8)
    return ("█" * (eighths // 8) + EIGHTHS[eighths % 8]).rstrip()


def bars(title, figures, unit="ms", limits=None):
    """A chart of `figures` ([(label, value)]), each row its label, its bar and its number;
    with `limits` ({label: limit}), each row also says its limit and whether it is over."""
    limits = limits or {}
    largest = max([value for _label, value in figures] + list(limits.values()) + [0])
    label_width = max(len(label) for label, _value in figures)
    lines = [title]
    for label, value in figures:
        line = f"{label:<{label_width}}  {bar(value, largest):<{WIDTH}}  {value:6.1f} {unit}"
        limit = limits.get(label)
        if limit is not None:
            line += f"  (budget {limit:g}{', over' if value > limit else ''})"
        lines.append(line)
    return "\n".join(lines)
