# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mailscope developers
# bash completion for mailscope-cli, installed as
# /usr/share/bash-completion/completions/mailscope-cli. Commands and options follow
# app/cli/main.cpp and app/cli/SignIn.cpp; tests/packaging/completion.sh fails when an option
# of `mailscope-cli --help` is missing here. Works with or without the bash-completion package.

_mailscope_cli()
{
    local cur prev
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}
    COMPREPLY=()

    local commands="diagnose discover session repair forget demo-server replay fake-server"
    local options="--help --help-all --version --lang
        --password-env --password-file --ask-password --auth --allow-plaintext-login
        --oauth2 --oauth2-token-env --oauth2-client-id --oauth2-tenant --oauth2-timeout --remember
        --accept-cert --insecure --ca-file
        --checks --idle-max --max-connections --mailbox --include-headers --send-to --mail-from
        --silence --connect-timeout --command-timeout --transcript-limit
        --json --html --pdf --pcapng --summary-markdown --transcript --quiet --show-secrets
        --allow-old-tls --lookup-base --dns-server --port-timeout --no-probe --probe-private
        --demo --demo-smtp --listen --idle-cutoff --idle-end
        --expunge-uid --uidvalidity --yes"

    # Files with bash-completion's helper when it is there (quoting, ~, directories).
    _mailscope_cli_files()
    {
        if declare -F _filedir >/dev/null; then
            _filedir "$@"
        else
            local IFS=$'\n'
            COMPREPLY+=($(compgen -f -- "$cur"))
        fi
    }

    case $prev in
        --password-file | --ca-file | --html | --pdf | --pcapng)
            _mailscope_cli_files
            return
            ;;
        --json | --summary-markdown)
            COMPREPLY=($(compgen -W "-" -- "$cur"))
            _mailscope_cli_files
            return
            ;;
        --oauth2)
            COMPREPLY=($(compgen -W "microsoft google" -- "$cur"))
            _mailscope_cli_files json
            return
            ;;
        --password-env | --oauth2-token-env)
            COMPREPLY=($(compgen -v -- "$cur"))
            return
            ;;
        --auth)
            COMPREPLY=($(compgen -W "login plain auth-login xoauth2 oauthbearer" -- "$cur"))
            return
            ;;
        --lang)
            COMPREPLY=($(compgen -W "en de" -- "$cur"))
            return
            ;;
        --idle-end)
            COMPREPLY=($(compgen -W "seed bye fin rst" -- "$cur"))
            return
            ;;
        --checks)
            # A comma-separated list: complete the last item, keep what comes before it.
            local done=${cur%"${cur##*,}"} item=${cur##*,}
            local checks="tls capabilities starttls login untagged pipelining ghosts idle
                          ehlo auth send"
            COMPREPLY=($(compgen -P "$done" -W "$checks" -- "$item"))
            compopt -o nospace 2>/dev/null
            return
            ;;
        --idle-max | --max-connections | --mailbox | --send-to | --mail-from | --silence | \
            --connect-timeout | --command-timeout | --transcript-limit | --accept-cert | \
            --oauth2-client-id | --oauth2-tenant | --oauth2-timeout | --listen | \
            --idle-cutoff | --expunge-uid | --uidvalidity | --lookup-base | --dns-server | --port-timeout)
            return # a value only the user knows
            ;;
    esac

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
        return
    fi

    # The first word that is not an option (or an option's value) is the command.
    local i word command="" takes_value="--password-env --password-file --auth --oauth2
        --oauth2-token-env --oauth2-client-id --oauth2-tenant --oauth2-timeout --accept-cert
        --ca-file --checks --idle-max --max-connections --mailbox --send-to --mail-from
        --silence --connect-timeout --command-timeout --transcript-limit --json --listen
        --idle-cutoff --idle-end --expunge-uid --uidvalidity --lang --html --pdf --pcapng --summary-markdown
        --lookup-base --dns-server --port-timeout"
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        if [[ $word == -* ]]; then
            [[ " ${takes_value//$'\n'/ } " == *" $word "* ]] && ((i++))
            continue
        fi
        command=$word
        break
    done

    case $command in
        "")
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
            ;;
        replay | fake-server)
            _mailscope_cli_files
            ;;
        diagnose | session | repair | forget)
            COMPREPLY=($(compgen -W "imap:// imaps:// smtp:// submission:// smtps://" -- "$cur"))
            compopt -o nospace 2>/dev/null
            ;;
    esac
}

complete -F _mailscope_cli mailscope-cli
