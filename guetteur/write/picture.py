"""events.png: where and when, at a glance (a point map of the events and a timeline of them by type)."""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

from guetteur.model import Event

# one colour per event type, the same in both panels
TYPE_COLOURS = {
    "Battles": "#c0392b",
    "Explosions/Remote violence": "#e67e22",
    "Violence against civilians": "#8e44ad",
    "Protests": "#2980b9",
    "Riots": "#16a085",
    "Strategic developments": "#7f8c8d",
}
MAX_LABELS = 12       # the most frequent places are named on the map
DAILY_SPAN_DAYS = 120  # beyond this span, daily bars are too thin to read: count per month


def write_picture(path: Path, events: list[Event]) -> Path | None:
    """Draw the events to ``path`` (PNG); None when no event has coordinates or a date to show."""
    placed = [e for e in events if e.latitude is not None and e.longitude is not None]
    dated = [e for e in events if e.event_date]
    if not placed and not dated:
        return None
    import matplotlib
    matplotlib.use("Agg")   # no screen: draw to a file
    import matplotlib.pyplot as plt

    fig, (where, when) = plt.subplots(1, 2, figsize=(13, 5.5), gridspec_kw={"width_ratios": [1.1, 1]})
    _map(where, placed)
    _timeline(when, dated)
    deaths = sum(e.fatalities for e in events)
    fig.suptitle(f"guetteur: {len(events)} events, {deaths} reported fatalities", fontsize=13)
    handles = [plt.Line2D([], [], marker="o", linestyle="", color=c, label=t) for t, c in TYPE_COLOURS.items()
               if any(e.event_type == t for e in events)]
    fig.legend(handles=handles, loc="lower center", ncol=len(handles), frameon=False, fontsize=9)
    fig.tight_layout(rect=(0, 0.07, 1, 0.95))
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def _map(ax, events: list[Event]) -> None:
    """Events as points on longitude / latitude, sized by fatalities, the busiest places named."""
    ax.set_title("Where (point size: fatalities)", fontsize=10)
    ax.set_xlabel("longitude")
    ax.set_ylabel("latitude")
    ax.grid(True, color="#dddddd", linewidth=0.6)
    if not events:
        ax.text(0.5, 0.5, "no located event", ha="center", va="center", transform=ax.transAxes)
        return
    ax.scatter([e.longitude for e in events], [e.latitude for e in events],
               s=[25 + 12 * math.sqrt(e.fatalities) for e in events],
               c=[TYPE_COLOURS.get(e.event_type, "#333333") for e in events], alpha=0.75, edgecolors="white")
    counts = Counter((e.location, e.longitude, e.latitude) for e in events)
    for (name, lon, lat), _ in counts.most_common(MAX_LABELS):
        ax.annotate(name, (lon, lat), xytext=(4, 4), textcoords="offset points", fontsize=8)
    ax.set_aspect("equal", adjustable="datalim")
    ax.margins(0.15)


def _timeline(ax, events: list[Event]) -> None:
    """Events per day (per month over a long span), stacked by type."""
    if not events:
        ax.set_title("When", fontsize=10)
        ax.text(0.5, 0.5, "no dated event", ha="center", va="center", transform=ax.transAxes)
        return
    days = [date.fromisoformat(e.event_date) for e in events]
    by_month = (max(days) - min(days)).days > DAILY_SPAN_DAYS
    ax.set_title("When (events per month)" if by_month else "When (events per day)", fontsize=10)
    per_bin: dict[str, Counter] = defaultdict(Counter)
    for e, d in zip(events, days):
        per_bin[e.event_type][d.replace(day=15) if by_month else d] += 1
    bins = sorted({b for counter in per_bin.values() for b in counter})
    bottom = [0] * len(bins)
    for etype, colour in TYPE_COLOURS.items():
        heights = [per_bin[etype][b] for b in bins]
        if any(heights):
            ax.bar(bins, heights, bottom=bottom, color=colour, width=25 if by_month else 0.8)
            bottom = [b + h for b, h in zip(bottom, heights)]
    ax.set_ylabel("events")
    ax.yaxis.get_major_locator().set_params(integer=True)
    from matplotlib.dates import AutoDateLocator, DateFormatter
    ax.xaxis.set_major_locator(AutoDateLocator(minticks=3, maxticks=8))
    ax.xaxis.set_major_formatter(DateFormatter("%b %Y" if by_month else "%d %b %Y"))
    ax.tick_params(axis="x", labelrotation=45, labelsize=8)
    ax.grid(True, axis="y", color="#dddddd", linewidth=0.6)
