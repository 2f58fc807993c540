"""The moves log and its projections: identity, facts, status over valid and record time,
replay, export and import."""
