"""What a report holds, gathered once by services.reports and drawn by each export (PDF, XLSX, CSV)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from press_archive.domain.jalali import format_jalali
from press_archive.reports.labels import MAIN_KEYS

REPORT_TITLE_FA = "گزارش عملکرد روابط عمومی"


@dataclass
class ReportData:
    """``result`` is a services.stats.StatsResult with per-period comparison; its ``total_previous`` and
    ``total_growth`` are for ``previous_start``..``previous_end`` (the same Jalali span just before)."""

    start: date
    end: date
    previous_start: date
    previous_end: date
    by: str
    result: object
    breakdowns: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    indicators: dict[str, float] = field(default_factory=dict)
    indicators_previous: dict[str, float] = field(default_factory=dict)
    indicator_periods: list[dict[str, float]] = field(default_factory=list)  # one per result.periods
    summary: str = ""
    title: str = REPORT_TITLE_FA
    generated_at: datetime = field(default_factory=datetime.now)

    @property
    def window_fa(self) -> str:
        return f"از {format_jalali(self.start)} تا {format_jalali(self.end)}"

    @property
    def previous_window_fa(self) -> str:
        return f"از {format_jalali(self.previous_start)} تا {format_jalali(self.previous_end)}"

    def shown_keys(self) -> list[str]:
        """The count keys worth a column: the main ones, and any other that is not zero in the window."""
        total = self.result.total
        keys = [k for k in MAIN_KEYS if k in total]
        keys += [k for k in total if k not in keys and total[k]]
        return keys

    def indicator_names(self) -> list[str]:
        names = set(self.indicators)
        for values in self.indicator_periods:
            names.update(values)
        return sorted(names)
