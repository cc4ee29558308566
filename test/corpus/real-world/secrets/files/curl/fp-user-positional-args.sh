   curl -sL --user "$1:$2" "$3" > "$4"
