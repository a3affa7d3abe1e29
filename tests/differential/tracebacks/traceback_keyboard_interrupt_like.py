class Shutdown(BaseException):
    pass


def serve():
    for i in range(5):
        try:
            if i == 3:
                raise Shutdown(f"shutdown requested at tick {i}")
            print("tick", i)
        except Exception:
            print("never: BaseException subclasses bypass except Exception")


serve()
