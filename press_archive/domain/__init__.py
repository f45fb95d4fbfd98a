"""The pure domain: records, Jalali dates, Persian text rules. No Qt, no SQL."""
