class Card:
    SUITS = "♠♥♦♣"
    RANKS = ["2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K", "A"]
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __repr__(self):
        return f"{Card.RANKS[self.rank]}{Card.SUITS[self.suit]}"
    def __lt__(self, o):
        return (self.rank, self.suit) < (o.rank, o.suit)
    def __eq__(self, o):
        return (self.rank, self.suit) == (o.rank, o.suit)
    def __hash__(self):
        return hash((self.rank, self.suit))
deck = [Card(r, s) for s in range(4) for r in range(13)]
print(len(deck), deck[:5], deck[-3:])
hand = [deck[i] for i in (3, 17, 29, 42, 8, 17)]
print(hand, sorted(hand), max(hand))
print(Card(0, 0) in set(hand), len(set(deck + deck)))
