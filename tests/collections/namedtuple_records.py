from collections import namedtuple, defaultdict
Employee = namedtuple("Employee", "name dept salary")
staff = [Employee("ann", "eng", 120), Employee("bob", "ops", 90), Employee("cy", "eng", 100)]
by_dept = defaultdict(list)
for e in staff:
    by_dept[e.dept].append(e)
for dept, people in sorted(by_dept.items()):
    print(dept, [p.name for p in people], sum(p.salary for p in people))
top = max(staff, key=lambda e: e.salary)
print(top, top._replace(salary=top.salary + 1))
print(sorted(staff, key=lambda e: (-e.salary, e.name))[0].name)
name, dept, salary = staff[1]
print(name, dept, salary, staff[1]._asdict())
print([e._fields == Employee._fields for e in staff])
print(Employee(*"x y 1".split()), Employee._make(("a", "b", 3)) == ("a", "b", 3))
