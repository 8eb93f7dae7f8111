LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def winner(board):
    for a, b, c in LINES:
        if board[a] != " " and board[a] == board[b] == board[c]:
            return board[a]
    return None


def render(board):
    rows = [" | ".join(board[r * 3:r * 3 + 3]) for r in range(3)]
    return "\n---------\n".join(rows)


memo = {}


def minimax(board, player):
    key = ("".join(board), player)
    if key in memo:
        return memo[key]
    w = winner(board)
    if w:
        result = (1 if w == "X" else -1, None)
    elif " " not in board:
        result = (0, None)
    else:
        best = None
        for i in range(9):
            if board[i] != " ":
                continue
            board[i] = player
            score, _ = minimax(board, "O" if player == "X" else "X")
            board[i] = " "
            if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                best = (score, i)
        result = best
    memo[key] = result
    return result


def play(first_moves):
    board = [" "] * 9
    player = "X"
    scripted = list(first_moves)
    history = []
    while not winner(board) and " " in board:
        if scripted:
            move = scripted.pop(0)
            if board[move] != " ":
                raise ValueError(f"square {move} is taken")
        else:
            _, move = minimax(board, player)
        board[move] = player
        history.append(f"{player}{move}")
        player = "O" if player == "X" else "X"
    return board, history


for opening in [[], [0], [4, 0], [0, 1, 3], [1, 0, 2, 4]]:
    board, history = play(opening)
    result = winner(board) or "draw"
    print(f"opening {opening}: {' '.join(history)} -> {result}")
board, _ = play([0, 1, 3])
print(render(board))
print(len(memo), minimax([" "] * 9, "X"))
try:
    play([0, 0])
except ValueError as e:
    print("error:", e)
counts = {"X": 0, "O": 0, None: 0}
for key, (score, _) in memo.items():
    counts[{1: "X", -1: "O", 0: None}[score]] += 1
print(counts)
