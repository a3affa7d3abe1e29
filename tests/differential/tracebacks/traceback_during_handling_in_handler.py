def risky():
    return {}["missing"]


def handler():
    try:
        risky()
    except KeyError:
        print("handling KeyError")
        log = None
        log.append("failed")


handler()
