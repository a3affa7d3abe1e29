def stage(n):
    if n == 0:
        raise ValueError("root failure")
    try:
        stage(n - 1)
    except Exception as e:
        raise RuntimeError(f"stage {n} failed") from e


stage(3)
