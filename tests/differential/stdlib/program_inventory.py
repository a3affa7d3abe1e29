# An inventory/order-processing program with namedtuple, defaultdict, deque, heapq, copy
import copy
import heapq
from collections import namedtuple, defaultdict, deque, Counter
from functools import total_ordering, partial
from operator import attrgetter, itemgetter

Item = namedtuple('Item', 'sku name price qty')
Order = namedtuple('Order', 'id customer lines priority', defaults=[5])

stock = {
    'A1': Item('A1', 'widget', 2.50, 100),
    'B2': Item('B2', 'gadget', 10.00, 5),
    'C3': Item('C3', 'doohickey', 0.75, 40),
    'D4': Item('D4', 'gizmo', 25.00, 0),
}

orders = deque([
    Order(1, 'ann', [('A1', 10), ('B2', 2)]),
    Order(2, 'bob', [('B2', 4), ('C3', 5)], priority=1),
    Order(3, 'cyd', [('D4', 1)]),
    Order(4, 'ann', [('C3', 50)], priority=2),
    Order(5, 'dee', [('A1', 5), ('C3', 5)], priority=1),
])

queue = []
for seq, order in enumerate(orders):
    heapq.heappush(queue, (order.priority, seq, order))

snapshot = copy.deepcopy(stock)
revenue = defaultdict(float)
backorders = deque()
log = []
while queue:
    prio, seq, order = heapq.heappop(queue)
    ok = all(stock[sku].qty >= qty for sku, qty in order.lines)
    if not ok:
        backorders.append(order.id)
        log.append('order %d (%s) backordered' % (order.id, order.customer))
        continue
    total = 0.0
    for sku, qty in order.lines:
        item = stock[sku]
        stock[sku] = item._replace(qty=item.qty - qty)
        total += item.price * qty
    revenue[order.customer] += total
    log.append('order %d (%s) shipped: %.2f' % (order.id, order.customer, total))

print('\n'.join(log))
print(dict(revenue), sorted(revenue.items(), key=itemgetter(1), reverse=True)[0])
print(list(backorders))
print([i for i in stock.values() if i.qty != snapshot[i.sku].qty])
print(snapshot['A1'], stock['A1'])
print(sorted(stock.values(), key=attrgetter('qty'))[:2])
low = [i.name for i in stock.values() if i.qty < 10]
print(low)
print(Counter(o.customer for o in orders).most_common(1))


@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __repr__(self):
        return '$%d.%02d' % divmod(self.cents, 100)


amounts = [Money(int(v * 100)) for v in revenue.values()]
print(sorted(amounts), max(amounts), min(amounts) <= max(amounts))
to_money = partial(Money)
print(to_money(1234))
