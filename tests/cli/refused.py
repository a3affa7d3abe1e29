import sys


def handle(command):
    match command:
        case "go":
            return 1
    return eval("2")


async def later():
    await handle("go")


print("this must never print")


class Resource:
    def __del__(self):
        print("closed")


class Registry(dict):
    pass
