f'{f"{x}"}'
f"{f'{x:{y}}'}"
f'{x:%Y-%m-%d}'
f'{x:{"fmt"}}'
f'{x:=^10}'
f'{x:!<5}'
f'{x:}'
f'{x!r:}'
f'{x:{y}x{z}}'
f'result: {value:{width}.{precision}f}'
f'{"nested" + f"{inner}"}'
f'''{
x
}'''
f'''multi
line {x}
'''
f'{x:\n}'
rf'\d{x}\n'
f'\n{x}\t'
f'{x}' 'plain' f'{y}'
f'{3.14:.2f}'
f'{"a" "b"}'
