# string.Template: substitute, safe_substitute, errors
from string import Template

t = Template('$who likes $what')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}))
print(t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
print(t.template)

print(Template('${noun}ification costs $$5').substitute(noun='Python'))
print(Template('$a$b ${a}x $a_1').substitute(a=1, b=2, a_1=3))
print(Template('$x').substitute(x=[1, 2]), Template('no placeholders').substitute())
print(Template('$$ $$$x').substitute(x='!'))

try:
    Template('$who likes $what').substitute(who='tim')
except KeyError as e:
    print('KeyError:', repr(e))

for text in ['give $$ and $', 'line one\nline $2', 'a ${b', 'x ${1}', '$', 'ok\n\n  $!']:
    try:
        Template(text).substitute(b=1)
    except ValueError as e:
        print('ValueError:', e)
    print(repr(Template(text).safe_substitute(b=1)), Template(text).is_valid())

print(Template('$who likes $what, ${what}!').safe_substitute(who='tim'))
print(Template('$a ${b} $c').safe_substitute({'a': 'A'}, c='C'))
print(Template('$a $b $a ${c} $$d').get_identifiers())
print(Template('$x').is_valid(), Template('$ x').is_valid())


class Percent(Template):
    delimiter = '%'


print(Percent('%name is %%100 %{name}s').substitute(name='Bob'))

records = [('alice', 3), ('bob', 12)]
row = Template('$name: $count item(s)')
for name, count in records:
    print(row.substitute(name=name.title(), count=count))
