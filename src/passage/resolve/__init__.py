"""Across articles: what the stored records add up to (crossing and road status timelines)."""
