class ValidationError(Exception):
    pass


class Order:
    def __init__(self, order_id, lines):
        self.order_id = order_id
        self.lines = lines

    def total(self):
        return sum(qty * price for _, qty, price in self.lines)


def validate_line(line):
    name, qty, price = line
    if qty <= 0:
        raise ValidationError(f"line {name!r}: quantity must be positive, got {qty}")
    return line


def validate(order):
    for line in order.lines:
        validate_line(line)
    return order


def process(orders):
    for order in orders:
        try:
            validate(order)
        except ValidationError as e:
            raise RuntimeError(f"order {order.order_id} rejected") from e
        print(f"order {order.order_id}: total {order.total():.2f}")


orders = [
    Order(1, [("pen", 2, 1.5), ("pad", 1, 3.25)]),
    Order(2, [("ink", 3, 4.0)]),
    Order(3, [("cup", 0, 2.0)]),
    Order(4, [("mug", 1, 9.0)]),
]
process(orders)
