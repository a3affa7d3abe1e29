class Employee:
    def __init__(self, name, salary):
        self.name = name
        self.salary = salary

    def sort_key(self):
        return -self.salary, self.name


staff = [Employee("a", 10), Employee("b", 20)]
print([e.name for e in sorted(staff, key=Employee.sort_key)])
staff.append(Employee("c", "unknown"))
print([e.name for e in sorted(staff, key=Employee.sort_key)])
