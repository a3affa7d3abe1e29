def g():
    try:
        risky()
    except (ValueError, KeyError) as e:
        return str(e)
    else:
        return "ok"
    finally:
        cleanup()
