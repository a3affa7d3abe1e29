print("before the error")
raise ValueError("something went wrong at module level")
