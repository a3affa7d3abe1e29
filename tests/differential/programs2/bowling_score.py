class InvalidGame(Exception):
    pass

def score(rolls):
    total, i = 0, 0
    frames = []
    for frame in range(10):
        if i >= len(rolls):
            raise InvalidGame(f"incomplete game: frame {frame + 1} missing")
        if rolls[i] == 10:
            if i + 2 >= len(rolls):
                raise InvalidGame("strike bonus missing")
            total += 10 + rolls[i + 1] + rolls[i + 2]
            i += 1
        elif i + 1 < len(rolls) and rolls[i] + rolls[i + 1] == 10:
            if i + 2 >= len(rolls):
                raise InvalidGame("spare bonus missing")
            total += 10 + rolls[i + 2]
            i += 2
        else:
            if i + 1 >= len(rolls):
                raise InvalidGame(f"frame {frame + 1} incomplete")
            if rolls[i] + rolls[i + 1] > 10:
                raise InvalidGame(f"frame {frame + 1} has {rolls[i] + rolls[i + 1]} pins")
            total += rolls[i] + rolls[i + 1]
            i += 2
        frames.append(total)
    return total, frames

games = {
    "gutter": [0] * 20,
    "all ones": [1] * 20,
    "one spare": [5, 5, 3] + [0] * 17,
    "one strike": [10, 3, 4] + [0] * 16,
    "perfect": [10] * 12,
    "all spares": [5] * 21,
    "typical": [10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1],
    "too many pins": [7, 5] + [0] * 18,
    "short": [10, 10],
}
for name, rolls in games.items():
    try:
        total, frames = score(rolls)
        print(f"{name:<14} {total:>3}  {frames}")
    except InvalidGame as e:
        print(f"{name:<14} invalid: {e}")
