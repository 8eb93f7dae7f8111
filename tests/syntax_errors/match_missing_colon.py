match command
    case "go":
        pass
