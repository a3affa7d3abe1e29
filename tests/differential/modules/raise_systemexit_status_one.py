print("raising SystemExit(1)")
raise SystemExit(1)
