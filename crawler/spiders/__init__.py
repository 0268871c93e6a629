"""arsip's spiders: one per site."""
