"""Regressions: baselines, waivers and the verdict that combines them with a rule's result.

A team switches a compliance gate on in CI only if it fails on what they
*changed*: findings recorded in a baseline are reported but do not fail,
waivers accept a finding with a reason, an owner and an expiry date, and
the verdict says which findings are new.
"""
