# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_cheese_global_optspecs
    string join \n json color= profile= api-key= api-base= v/verbose q/quiet h/help V/version
end

function __fish_cheese_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_cheese_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_cheese_using_subcommand
    set -l cmd (__fish_cheese_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c cheese -n "__fish_cheese_needs_command" -l color -d 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cheese -n "__fish_cheese_needs_command" -l profile -d 'Configuration profile to use [env: CHEESE_PROFILE]' -r
complete -c cheese -n "__fish_cheese_needs_command" -l api-key -d 'API key for the store\'s API [env: CHEESE_API_KEY]' -r
complete -c cheese -n "__fish_cheese_needs_command" -l api-base -d 'Base URL of the store\'s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]' -r
complete -c cheese -n "__fish_cheese_needs_command" -l json -d 'Print results as JSON on stdout (one object per line for `listen`)'
complete -c cheese -n "__fish_cheese_needs_command" -s v -l verbose -d 'Log requests and other details on stderr (secrets are never shown)'
complete -c cheese -n "__fish_cheese_needs_command" -s q -l quiet -d 'Print only results and errors'
complete -c cheese -n "__fish_cheese_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cheese -n "__fish_cheese_needs_command" -s V -l version -d 'Print version'
complete -c cheese -n "__fish_cheese_needs_command" -f -a "listen" -d 'Receive deliveries, verify them and forward them to your app'
complete -c cheese -n "__fish_cheese_needs_command" -f -a "trigger" -d 'Send signed sample events to your app, like the store does'
complete -c cheese -n "__fish_cheese_needs_command" -f -a "events" -d 'List the event types the store sends, or print a sample envelope'
complete -c cheese -n "__fish_cheese_needs_command" -f -a "demo" -d 'Try the whole flow on this machine: listen, a sample app and a realistic sequence'
complete -c cheese -n "__fish_cheese_needs_command" -f -a "sign" -d 'Print the HMAC-SHA256 signature of a payload'
complete -c cheese -n "__fish_cheese_needs_command" -f -a "verify" -d 'Check a signature against a payload and explain a mismatch'
complete -c cheese -n "__fish_cheese_needs_command" -f -a "webhooks" -d 'Manage webhook endpoints through the store\'s API'
complete -c cheese -n "__fish_cheese_needs_command" -f -a "login" -d 'Save an API key to the profile after checking it with the store'
complete -c cheese -n "__fish_cheese_needs_command" -f -a "logout" -d 'Remove the API key from the profile'
complete -c cheese -n "__fish_cheese_needs_command" -f -a "config" -d 'Show or change the configuration'
complete -c cheese -n "__fish_cheese_needs_command" -f -a "completions" -d 'Print a shell completion script on stdout'
complete -c cheese -n "__fish_cheese_needs_command" -f -a "man" -d 'Print the man page (roff) on stdout'
complete -c cheese -n "__fish_cheese_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cheese -n "__fish_cheese_using_subcommand listen" -s f -l forward -d 'Forward deliveries to your app: `3000`, `localhost:3000/webhooks` or a URL' -r
complete -c cheese -n "__fish_cheese_using_subcommand listen" -s p -l port -d 'Port to listen on; 0 picks a free one (the ready line says which)' -r
complete -c cheese -n "__fish_cheese_using_subcommand listen" -l host -d 'Address to listen on' -r
complete -c cheese -n "__fish_cheese_using_subcommand listen" -l secret -d 'Webhook secret, e.g. whsec_… (`verify` and `listen` take several, for a rotation) [env: CHEESE_WEBHOOK_SECRET]' -r
complete -c cheese -n "__fish_cheese_using_subcommand listen" -l secret-file -d 'Read the webhook secret from a file (one trailing newline is ignored)' -r -F
complete -c cheese -n "__fish_cheese_using_subcommand listen" -l webhook -d 'Verify with the secret saved by `cheese webhooks register` for this webhook (repeatable)' -r
complete -c cheese -n "__fish_cheese_using_subcommand listen" -l register-url -d 'Register a temporary webhook for this session at your tunnel\'s public URL' -r
complete -c cheese -n "__fish_cheese_using_subcommand listen" -l events -d 'Only forward these event types: names or patterns with `*`, comma-separated, repeatable' -r
complete -c cheese -n "__fish_cheese_using_subcommand listen" -s H -l header -d 'Add a header for the app, `Name: value` (repeatable; replaces an incoming one of that name)' -r
complete -c cheese -n "__fish_cheese_using_subcommand listen" -l timeout -d 'How long to wait for the app\'s answer before answering 504 (the store waits 10s)' -r
complete -c cheese -n "__fish_cheese_using_subcommand listen" -l max-body -d 'Largest body accepted (413 past it): bytes or with a unit, e.g. `32MiB`, `5MB`' -r
complete -c cheese -n "__fish_cheese_using_subcommand listen" -l cacert -d 'Also trust the CA certificates in this PEM file for an https:// app' -r -F
complete -c cheese -n "__fish_cheese_using_subcommand listen" -l max-events -d 'Stop after N deliveries have been answered' -r
complete -c cheese -n "__fish_cheese_using_subcommand listen" -l duration -d 'Stop after this long, e.g. `30s`, `5m`' -r
complete -c cheese -n "__fish_cheese_using_subcommand listen" -l color -d 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cheese -n "__fish_cheese_using_subcommand listen" -l profile -d 'Configuration profile to use [env: CHEESE_PROFILE]' -r
complete -c cheese -n "__fish_cheese_using_subcommand listen" -l api-key -d 'API key for the store\'s API [env: CHEESE_API_KEY]' -r
complete -c cheese -n "__fish_cheese_using_subcommand listen" -l api-base -d 'Base URL of the store\'s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]' -r
complete -c cheese -n "__fish_cheese_using_subcommand listen" -l forward-invalid -d 'Forward deliveries whose signature does not verify (they are still shown as invalid)'
complete -c cheese -n "__fish_cheese_using_subcommand listen" -s k -l insecure -d 'Accept any TLS certificate from an https:// app (self-signed development certificates)'
complete -c cheese -n "__fish_cheese_using_subcommand listen" -l fail-on-error -d 'Exit 1 at the end if any delivery got 401/413/502/503/504 or a non-2xx answer from the app'
complete -c cheese -n "__fish_cheese_using_subcommand listen" -l json -d 'Print results as JSON on stdout (one object per line for `listen`)'
complete -c cheese -n "__fish_cheese_using_subcommand listen" -s v -l verbose -d 'Log requests and other details on stderr (secrets are never shown)'
complete -c cheese -n "__fish_cheese_using_subcommand listen" -s q -l quiet -d 'Print only results and errors'
complete -c cheese -n "__fish_cheese_using_subcommand listen" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cheese -n "__fish_cheese_using_subcommand listen" -s V -l version -d 'Print version'
complete -c cheese -n "__fish_cheese_using_subcommand trigger" -l to -d 'Where to send: a port (`3000`), `host:port/path` or an http(s) URL [default: http://127.0.0.1:4242/]' -r
complete -c cheese -n "__fish_cheese_using_subcommand trigger" -l secret -d 'Webhook secret, e.g. whsec_… (`verify` and `listen` take several, for a rotation) [env: CHEESE_WEBHOOK_SECRET]' -r
complete -c cheese -n "__fish_cheese_using_subcommand trigger" -l secret-file -d 'Read the webhook secret from a file (one trailing newline is ignored)' -r -F
complete -c cheese -n "__fish_cheese_using_subcommand trigger" -l webhook -d 'Use the secret saved for this webhook by `cheese webhooks register`' -r
complete -c cheese -n "__fish_cheese_using_subcommand trigger" -l set -d 'Set a field of every envelope, e.g. `data.tracking_number=1Z999` (repeatable)' -r
complete -c cheese -n "__fish_cheese_using_subcommand trigger" -l data -d 'Replace the `data` of every envelope with the JSON in FILE (`-` reads standard input)' -r -F
complete -c cheese -n "__fish_cheese_using_subcommand trigger" -l envelope -d 'Send the exact bytes of FILE as the body, only signed (no new id, no changes)' -r -F
complete -c cheese -n "__fish_cheese_using_subcommand trigger" -l timeout -d 'Give up waiting for an answer after this long (the store waits 10 s)' -r
complete -c cheese -n "__fish_cheese_using_subcommand trigger" -l color -d 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cheese -n "__fish_cheese_using_subcommand trigger" -l profile -d 'Configuration profile to use [env: CHEESE_PROFILE]' -r
complete -c cheese -n "__fish_cheese_using_subcommand trigger" -l api-key -d 'API key for the store\'s API [env: CHEESE_API_KEY]' -r
complete -c cheese -n "__fish_cheese_using_subcommand trigger" -l api-base -d 'Base URL of the store\'s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]' -r
complete -c cheese -n "__fish_cheese_using_subcommand trigger" -l json -d 'Print results as JSON on stdout (one object per line for `listen`)'
complete -c cheese -n "__fish_cheese_using_subcommand trigger" -s v -l verbose -d 'Log requests and other details on stderr (secrets are never shown)'
complete -c cheese -n "__fish_cheese_using_subcommand trigger" -s q -l quiet -d 'Print only results and errors'
complete -c cheese -n "__fish_cheese_using_subcommand trigger" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cheese -n "__fish_cheese_using_subcommand trigger" -s V -l version -d 'Print version'
complete -c cheese -n "__fish_cheese_using_subcommand events; and not __fish_seen_subcommand_from list sample help" -l color -d 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cheese -n "__fish_cheese_using_subcommand events; and not __fish_seen_subcommand_from list sample help" -l profile -d 'Configuration profile to use [env: CHEESE_PROFILE]' -r
complete -c cheese -n "__fish_cheese_using_subcommand events; and not __fish_seen_subcommand_from list sample help" -l api-key -d 'API key for the store\'s API [env: CHEESE_API_KEY]' -r
complete -c cheese -n "__fish_cheese_using_subcommand events; and not __fish_seen_subcommand_from list sample help" -l api-base -d 'Base URL of the store\'s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]' -r
complete -c cheese -n "__fish_cheese_using_subcommand events; and not __fish_seen_subcommand_from list sample help" -l json -d 'Print results as JSON on stdout (one object per line for `listen`)'
complete -c cheese -n "__fish_cheese_using_subcommand events; and not __fish_seen_subcommand_from list sample help" -s v -l verbose -d 'Log requests and other details on stderr (secrets are never shown)'
complete -c cheese -n "__fish_cheese_using_subcommand events; and not __fish_seen_subcommand_from list sample help" -s q -l quiet -d 'Print only results and errors'
complete -c cheese -n "__fish_cheese_using_subcommand events; and not __fish_seen_subcommand_from list sample help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cheese -n "__fish_cheese_using_subcommand events; and not __fish_seen_subcommand_from list sample help" -s V -l version -d 'Print version'
complete -c cheese -n "__fish_cheese_using_subcommand events; and not __fish_seen_subcommand_from list sample help" -f -a "list" -d 'List the event types with a one-line summary each (the default)'
complete -c cheese -n "__fish_cheese_using_subcommand events; and not __fish_seen_subcommand_from list sample help" -f -a "sample" -d 'Print a realistic sample envelope of one event type'
complete -c cheese -n "__fish_cheese_using_subcommand events; and not __fish_seen_subcommand_from list sample help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cheese -n "__fish_cheese_using_subcommand events; and __fish_seen_subcommand_from list" -l color -d 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cheese -n "__fish_cheese_using_subcommand events; and __fish_seen_subcommand_from list" -l profile -d 'Configuration profile to use [env: CHEESE_PROFILE]' -r
complete -c cheese -n "__fish_cheese_using_subcommand events; and __fish_seen_subcommand_from list" -l api-key -d 'API key for the store\'s API [env: CHEESE_API_KEY]' -r
complete -c cheese -n "__fish_cheese_using_subcommand events; and __fish_seen_subcommand_from list" -l api-base -d 'Base URL of the store\'s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]' -r
complete -c cheese -n "__fish_cheese_using_subcommand events; and __fish_seen_subcommand_from list" -l json -d 'Print results as JSON on stdout (one object per line for `listen`)'
complete -c cheese -n "__fish_cheese_using_subcommand events; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log requests and other details on stderr (secrets are never shown)'
complete -c cheese -n "__fish_cheese_using_subcommand events; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors'
complete -c cheese -n "__fish_cheese_using_subcommand events; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c cheese -n "__fish_cheese_using_subcommand events; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c cheese -n "__fish_cheese_using_subcommand events; and __fish_seen_subcommand_from sample" -l color -d 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cheese -n "__fish_cheese_using_subcommand events; and __fish_seen_subcommand_from sample" -l profile -d 'Configuration profile to use [env: CHEESE_PROFILE]' -r
complete -c cheese -n "__fish_cheese_using_subcommand events; and __fish_seen_subcommand_from sample" -l api-key -d 'API key for the store\'s API [env: CHEESE_API_KEY]' -r
complete -c cheese -n "__fish_cheese_using_subcommand events; and __fish_seen_subcommand_from sample" -l api-base -d 'Base URL of the store\'s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]' -r
complete -c cheese -n "__fish_cheese_using_subcommand events; and __fish_seen_subcommand_from sample" -l json -d 'Print results as JSON on stdout (one object per line for `listen`)'
complete -c cheese -n "__fish_cheese_using_subcommand events; and __fish_seen_subcommand_from sample" -s v -l verbose -d 'Log requests and other details on stderr (secrets are never shown)'
complete -c cheese -n "__fish_cheese_using_subcommand events; and __fish_seen_subcommand_from sample" -s q -l quiet -d 'Print only results and errors'
complete -c cheese -n "__fish_cheese_using_subcommand events; and __fish_seen_subcommand_from sample" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cheese -n "__fish_cheese_using_subcommand events; and __fish_seen_subcommand_from sample" -s V -l version -d 'Print version'
complete -c cheese -n "__fish_cheese_using_subcommand events; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the event types with a one-line summary each (the default)'
complete -c cheese -n "__fish_cheese_using_subcommand events; and __fish_seen_subcommand_from help" -f -a "sample" -d 'Print a realistic sample envelope of one event type'
complete -c cheese -n "__fish_cheese_using_subcommand events; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cheese -n "__fish_cheese_using_subcommand demo" -l color -d 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cheese -n "__fish_cheese_using_subcommand demo" -l profile -d 'Configuration profile to use [env: CHEESE_PROFILE]' -r
complete -c cheese -n "__fish_cheese_using_subcommand demo" -l api-key -d 'API key for the store\'s API [env: CHEESE_API_KEY]' -r
complete -c cheese -n "__fish_cheese_using_subcommand demo" -l api-base -d 'Base URL of the store\'s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]' -r
complete -c cheese -n "__fish_cheese_using_subcommand demo" -l json -d 'Print results as JSON on stdout (one object per line for `listen`)'
complete -c cheese -n "__fish_cheese_using_subcommand demo" -s v -l verbose -d 'Log requests and other details on stderr (secrets are never shown)'
complete -c cheese -n "__fish_cheese_using_subcommand demo" -s q -l quiet -d 'Print only results and errors'
complete -c cheese -n "__fish_cheese_using_subcommand demo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cheese -n "__fish_cheese_using_subcommand demo" -s V -l version -d 'Print version'
complete -c cheese -n "__fish_cheese_using_subcommand sign" -l secret -d 'Webhook secret, e.g. whsec_… (`verify` and `listen` take several, for a rotation) [env: CHEESE_WEBHOOK_SECRET]' -r
complete -c cheese -n "__fish_cheese_using_subcommand sign" -l secret-file -d 'Read the webhook secret from a file (one trailing newline is ignored)' -r -F
complete -c cheese -n "__fish_cheese_using_subcommand sign" -l webhook -d 'Use the secret saved for this webhook by `cheese webhooks register`' -r
complete -c cheese -n "__fish_cheese_using_subcommand sign" -l color -d 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cheese -n "__fish_cheese_using_subcommand sign" -l profile -d 'Configuration profile to use [env: CHEESE_PROFILE]' -r
complete -c cheese -n "__fish_cheese_using_subcommand sign" -l api-key -d 'API key for the store\'s API [env: CHEESE_API_KEY]' -r
complete -c cheese -n "__fish_cheese_using_subcommand sign" -l api-base -d 'Base URL of the store\'s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]' -r
complete -c cheese -n "__fish_cheese_using_subcommand sign" -l header -d 'Print the whole header line: `X-Cheese-Signature: <signature>`'
complete -c cheese -n "__fish_cheese_using_subcommand sign" -l base64 -d 'Print the signature base64-encoded instead of hex (not what the store sends)'
complete -c cheese -n "__fish_cheese_using_subcommand sign" -l json -d 'Print results as JSON on stdout (one object per line for `listen`)'
complete -c cheese -n "__fish_cheese_using_subcommand sign" -s v -l verbose -d 'Log requests and other details on stderr (secrets are never shown)'
complete -c cheese -n "__fish_cheese_using_subcommand sign" -s q -l quiet -d 'Print only results and errors'
complete -c cheese -n "__fish_cheese_using_subcommand sign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cheese -n "__fish_cheese_using_subcommand sign" -s V -l version -d 'Print version'
complete -c cheese -n "__fish_cheese_using_subcommand verify" -s s -l signature -d 'The X-Cheese-Signature value to check (repeat for several header lines)' -r
complete -c cheese -n "__fish_cheese_using_subcommand verify" -l secret -d 'Webhook secret, e.g. whsec_… (`verify` and `listen` take several, for a rotation) [env: CHEESE_WEBHOOK_SECRET]' -r
complete -c cheese -n "__fish_cheese_using_subcommand verify" -l secret-file -d 'Read the webhook secret from a file (one trailing newline is ignored)' -r -F
complete -c cheese -n "__fish_cheese_using_subcommand verify" -l webhook -d 'Use the secret saved for this webhook by `cheese webhooks register`' -r
complete -c cheese -n "__fish_cheese_using_subcommand verify" -l color -d 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cheese -n "__fish_cheese_using_subcommand verify" -l profile -d 'Configuration profile to use [env: CHEESE_PROFILE]' -r
complete -c cheese -n "__fish_cheese_using_subcommand verify" -l api-key -d 'API key for the store\'s API [env: CHEESE_API_KEY]' -r
complete -c cheese -n "__fish_cheese_using_subcommand verify" -l api-base -d 'Base URL of the store\'s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]' -r
complete -c cheese -n "__fish_cheese_using_subcommand verify" -l json -d 'Print results as JSON on stdout (one object per line for `listen`)'
complete -c cheese -n "__fish_cheese_using_subcommand verify" -s v -l verbose -d 'Log requests and other details on stderr (secrets are never shown)'
complete -c cheese -n "__fish_cheese_using_subcommand verify" -s q -l quiet -d 'Print only results and errors'
complete -c cheese -n "__fish_cheese_using_subcommand verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cheese -n "__fish_cheese_using_subcommand verify" -s V -l version -d 'Print version'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and not __fish_seen_subcommand_from register list get update delete test replay deliveries help" -l color -d 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and not __fish_seen_subcommand_from register list get update delete test replay deliveries help" -l profile -d 'Configuration profile to use [env: CHEESE_PROFILE]' -r
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and not __fish_seen_subcommand_from register list get update delete test replay deliveries help" -l api-key -d 'API key for the store\'s API [env: CHEESE_API_KEY]' -r
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and not __fish_seen_subcommand_from register list get update delete test replay deliveries help" -l api-base -d 'Base URL of the store\'s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]' -r
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and not __fish_seen_subcommand_from register list get update delete test replay deliveries help" -l json -d 'Print results as JSON on stdout (one object per line for `listen`)'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and not __fish_seen_subcommand_from register list get update delete test replay deliveries help" -s v -l verbose -d 'Log requests and other details on stderr (secrets are never shown)'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and not __fish_seen_subcommand_from register list get update delete test replay deliveries help" -s q -l quiet -d 'Print only results and errors'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and not __fish_seen_subcommand_from register list get update delete test replay deliveries help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and not __fish_seen_subcommand_from register list get update delete test replay deliveries help" -s V -l version -d 'Print version'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and not __fish_seen_subcommand_from register list get update delete test replay deliveries help" -f -a "register" -d 'Register a webhook endpoint and save its secret'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and not __fish_seen_subcommand_from register list get update delete test replay deliveries help" -f -a "list" -d 'List your webhook endpoints'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and not __fish_seen_subcommand_from register list get update delete test replay deliveries help" -f -a "get" -d 'Show one webhook endpoint'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and not __fish_seen_subcommand_from register list get update delete test replay deliveries help" -f -a "update" -d 'Change a webhook endpoint'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and not __fish_seen_subcommand_from register list get update delete test replay deliveries help" -f -a "delete" -d 'Delete a webhook endpoint'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and not __fish_seen_subcommand_from register list get update delete test replay deliveries help" -f -a "test" -d 'Ask the store to send a test event to an endpoint now'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and not __fish_seen_subcommand_from register list get update delete test replay deliveries help" -f -a "replay" -d 'Deliver failed events again'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and not __fish_seen_subcommand_from register list get update delete test replay deliveries help" -f -a "deliveries" -d 'Show the delivery attempts of an endpoint'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and not __fish_seen_subcommand_from register list get update delete test replay deliveries help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from register" -l url -d 'The URL the store POSTs deliveries to' -r
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from register" -l events -d 'Event types to receive, comma-separated or repeated; `order.*` patterns expand (asked interactively on a terminal when omitted)' -r
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from register" -l description -d 'A note to recognise the endpoint by' -r
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from register" -l color -d 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from register" -l profile -d 'Configuration profile to use [env: CHEESE_PROFILE]' -r
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from register" -l api-key -d 'API key for the store\'s API [env: CHEESE_API_KEY]' -r
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from register" -l api-base -d 'Base URL of the store\'s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]' -r
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from register" -l no-save-secret -d 'Do not save the secret in the profile (it is printed either way)'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from register" -l json -d 'Print results as JSON on stdout (one object per line for `listen`)'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from register" -s v -l verbose -d 'Log requests and other details on stderr (secrets are never shown)'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from register" -s q -l quiet -d 'Print only results and errors'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from register" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from register" -s V -l version -d 'Print version'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l color -d 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l profile -d 'Configuration profile to use [env: CHEESE_PROFILE]' -r
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l api-key -d 'API key for the store\'s API [env: CHEESE_API_KEY]' -r
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l api-base -d 'Base URL of the store\'s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]' -r
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l json -d 'Print results as JSON on stdout (one object per line for `listen`)'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log requests and other details on stderr (secrets are never shown)'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from get" -l color -d 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from get" -l profile -d 'Configuration profile to use [env: CHEESE_PROFILE]' -r
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from get" -l api-key -d 'API key for the store\'s API [env: CHEESE_API_KEY]' -r
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from get" -l api-base -d 'Base URL of the store\'s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]' -r
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from get" -l json -d 'Print results as JSON on stdout (one object per line for `listen`)'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Log requests and other details on stderr (secrets are never shown)'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only results and errors'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from update" -l url -d 'The new URL the store POSTs deliveries to' -r
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from update" -l events -d 'The new event types, comma-separated or repeated; `order.*` patterns expand' -r
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from update" -l description -d 'The new description' -r
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from update" -l color -d 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from update" -l profile -d 'Configuration profile to use [env: CHEESE_PROFILE]' -r
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from update" -l api-key -d 'API key for the store\'s API [env: CHEESE_API_KEY]' -r
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from update" -l api-base -d 'Base URL of the store\'s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]' -r
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from update" -l enable -d 'Resume deliveries'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from update" -l disable -d 'Pause deliveries (events are not sent while disabled)'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from update" -l json -d 'Print results as JSON on stdout (one object per line for `listen`)'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Log requests and other details on stderr (secrets are never shown)'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only results and errors'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -l color -d 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -l profile -d 'Configuration profile to use [env: CHEESE_PROFILE]' -r
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -l api-key -d 'API key for the store\'s API [env: CHEESE_API_KEY]' -r
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -l api-base -d 'Base URL of the store\'s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]' -r
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation (required when not running interactively)'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -l json -d 'Print results as JSON on stdout (one object per line for `listen`)'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log requests and other details on stderr (secrets are never shown)'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only results and errors'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l type -d 'The event type to send [default: webhook.test]' -r
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l color -d 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l profile -d 'Configuration profile to use [env: CHEESE_PROFILE]' -r
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l api-key -d 'API key for the store\'s API [env: CHEESE_API_KEY]' -r
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l api-base -d 'Base URL of the store\'s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]' -r
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l json -d 'Print results as JSON on stdout (one object per line for `listen`)'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from test" -s v -l verbose -d 'Log requests and other details on stderr (secrets are never shown)'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from test" -s q -l quiet -d 'Print only results and errors'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from test" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from test" -s V -l version -d 'Print version'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from replay" -l color -d 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from replay" -l profile -d 'Configuration profile to use [env: CHEESE_PROFILE]' -r
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from replay" -l api-key -d 'API key for the store\'s API [env: CHEESE_API_KEY]' -r
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from replay" -l api-base -d 'Base URL of the store\'s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]' -r
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from replay" -l all-dead -d 'Replay everything in the dead letter queue'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from replay" -l json -d 'Print results as JSON on stdout (one object per line for `listen`)'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from replay" -s v -l verbose -d 'Log requests and other details on stderr (secrets are never shown)'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from replay" -s q -l quiet -d 'Print only results and errors'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from replay" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from replay" -s V -l version -d 'Print version'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from deliveries" -l status -d 'Only deliveries in this state' -r -f -a "pending\t''
succeeded\t''
retrying\t''
dead\t''"
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from deliveries" -l color -d 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from deliveries" -l profile -d 'Configuration profile to use [env: CHEESE_PROFILE]' -r
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from deliveries" -l api-key -d 'API key for the store\'s API [env: CHEESE_API_KEY]' -r
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from deliveries" -l api-base -d 'Base URL of the store\'s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]' -r
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from deliveries" -l json -d 'Print results as JSON on stdout (one object per line for `listen`)'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from deliveries" -s v -l verbose -d 'Log requests and other details on stderr (secrets are never shown)'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from deliveries" -s q -l quiet -d 'Print only results and errors'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from deliveries" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from deliveries" -s V -l version -d 'Print version'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "register" -d 'Register a webhook endpoint and save its secret'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "list" -d 'List your webhook endpoints'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one webhook endpoint'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a webhook endpoint'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a webhook endpoint'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "test" -d 'Ask the store to send a test event to an endpoint now'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "replay" -d 'Deliver failed events again'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "deliveries" -d 'Show the delivery attempts of an endpoint'
complete -c cheese -n "__fish_cheese_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cheese -n "__fish_cheese_using_subcommand login" -l color -d 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cheese -n "__fish_cheese_using_subcommand login" -l profile -d 'Configuration profile to use [env: CHEESE_PROFILE]' -r
complete -c cheese -n "__fish_cheese_using_subcommand login" -l api-key -d 'API key for the store\'s API [env: CHEESE_API_KEY]' -r
complete -c cheese -n "__fish_cheese_using_subcommand login" -l api-base -d 'Base URL of the store\'s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]' -r
complete -c cheese -n "__fish_cheese_using_subcommand login" -l api-key-stdin -d 'Read the API key from standard input (one trailing newline is ignored)'
complete -c cheese -n "__fish_cheese_using_subcommand login" -l json -d 'Print results as JSON on stdout (one object per line for `listen`)'
complete -c cheese -n "__fish_cheese_using_subcommand login" -s v -l verbose -d 'Log requests and other details on stderr (secrets are never shown)'
complete -c cheese -n "__fish_cheese_using_subcommand login" -s q -l quiet -d 'Print only results and errors'
complete -c cheese -n "__fish_cheese_using_subcommand login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cheese -n "__fish_cheese_using_subcommand login" -s V -l version -d 'Print version'
complete -c cheese -n "__fish_cheese_using_subcommand logout" -l color -d 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cheese -n "__fish_cheese_using_subcommand logout" -l profile -d 'Configuration profile to use [env: CHEESE_PROFILE]' -r
complete -c cheese -n "__fish_cheese_using_subcommand logout" -l api-key -d 'API key for the store\'s API [env: CHEESE_API_KEY]' -r
complete -c cheese -n "__fish_cheese_using_subcommand logout" -l api-base -d 'Base URL of the store\'s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]' -r
complete -c cheese -n "__fish_cheese_using_subcommand logout" -l json -d 'Print results as JSON on stdout (one object per line for `listen`)'
complete -c cheese -n "__fish_cheese_using_subcommand logout" -s v -l verbose -d 'Log requests and other details on stderr (secrets are never shown)'
complete -c cheese -n "__fish_cheese_using_subcommand logout" -s q -l quiet -d 'Print only results and errors'
complete -c cheese -n "__fish_cheese_using_subcommand logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cheese -n "__fish_cheese_using_subcommand logout" -s V -l version -d 'Print version'
complete -c cheese -n "__fish_cheese_using_subcommand config; and not __fish_seen_subcommand_from path show get set unset help" -l color -d 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cheese -n "__fish_cheese_using_subcommand config; and not __fish_seen_subcommand_from path show get set unset help" -l profile -d 'Configuration profile to use [env: CHEESE_PROFILE]' -r
complete -c cheese -n "__fish_cheese_using_subcommand config; and not __fish_seen_subcommand_from path show get set unset help" -l api-key -d 'API key for the store\'s API [env: CHEESE_API_KEY]' -r
complete -c cheese -n "__fish_cheese_using_subcommand config; and not __fish_seen_subcommand_from path show get set unset help" -l api-base -d 'Base URL of the store\'s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]' -r
complete -c cheese -n "__fish_cheese_using_subcommand config; and not __fish_seen_subcommand_from path show get set unset help" -l json -d 'Print results as JSON on stdout (one object per line for `listen`)'
complete -c cheese -n "__fish_cheese_using_subcommand config; and not __fish_seen_subcommand_from path show get set unset help" -s v -l verbose -d 'Log requests and other details on stderr (secrets are never shown)'
complete -c cheese -n "__fish_cheese_using_subcommand config; and not __fish_seen_subcommand_from path show get set unset help" -s q -l quiet -d 'Print only results and errors'
complete -c cheese -n "__fish_cheese_using_subcommand config; and not __fish_seen_subcommand_from path show get set unset help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cheese -n "__fish_cheese_using_subcommand config; and not __fish_seen_subcommand_from path show get set unset help" -s V -l version -d 'Print version'
complete -c cheese -n "__fish_cheese_using_subcommand config; and not __fish_seen_subcommand_from path show get set unset help" -f -a "path" -d 'Print the path of the config file'
complete -c cheese -n "__fish_cheese_using_subcommand config; and not __fish_seen_subcommand_from path show get set unset help" -f -a "show" -d 'Show every resolved value and where it came from (secrets masked)'
complete -c cheese -n "__fish_cheese_using_subcommand config; and not __fish_seen_subcommand_from path show get set unset help" -f -a "get" -d 'Print one value of the active profile, unmasked (for scripts)'
complete -c cheese -n "__fish_cheese_using_subcommand config; and not __fish_seen_subcommand_from path show get set unset help" -f -a "set" -d 'Set one value in the active profile (creates the file and the profile)'
complete -c cheese -n "__fish_cheese_using_subcommand config; and not __fish_seen_subcommand_from path show get set unset help" -f -a "unset" -d 'Remove one value from the active profile'
complete -c cheese -n "__fish_cheese_using_subcommand config; and not __fish_seen_subcommand_from path show get set unset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from path" -l color -d 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from path" -l profile -d 'Configuration profile to use [env: CHEESE_PROFILE]' -r
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from path" -l api-key -d 'API key for the store\'s API [env: CHEESE_API_KEY]' -r
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from path" -l api-base -d 'Base URL of the store\'s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]' -r
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from path" -l json -d 'Print results as JSON on stdout (one object per line for `listen`)'
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from path" -s v -l verbose -d 'Log requests and other details on stderr (secrets are never shown)'
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from path" -s q -l quiet -d 'Print only results and errors'
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help'
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from path" -s V -l version -d 'Print version'
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from show" -l color -d 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from show" -l profile -d 'Configuration profile to use [env: CHEESE_PROFILE]' -r
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from show" -l api-key -d 'API key for the store\'s API [env: CHEESE_API_KEY]' -r
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from show" -l api-base -d 'Base URL of the store\'s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]' -r
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from show" -l json -d 'Print results as JSON on stdout (one object per line for `listen`)'
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log requests and other details on stderr (secrets are never shown)'
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results and errors'
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from get" -l color -d 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from get" -l profile -d 'Configuration profile to use [env: CHEESE_PROFILE]' -r
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from get" -l api-key -d 'API key for the store\'s API [env: CHEESE_API_KEY]' -r
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from get" -l api-base -d 'Base URL of the store\'s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]' -r
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from get" -l json -d 'Print results as JSON on stdout (one object per line for `listen`)'
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Log requests and other details on stderr (secrets are never shown)'
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only results and errors'
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from set" -l color -d 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from set" -l profile -d 'Configuration profile to use [env: CHEESE_PROFILE]' -r
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from set" -l api-key -d 'API key for the store\'s API [env: CHEESE_API_KEY]' -r
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from set" -l api-base -d 'Base URL of the store\'s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]' -r
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from set" -l json -d 'Print results as JSON on stdout (one object per line for `listen`)'
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Log requests and other details on stderr (secrets are never shown)'
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only results and errors'
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from unset" -l color -d 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from unset" -l profile -d 'Configuration profile to use [env: CHEESE_PROFILE]' -r
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from unset" -l api-key -d 'API key for the store\'s API [env: CHEESE_API_KEY]' -r
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from unset" -l api-base -d 'Base URL of the store\'s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]' -r
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from unset" -l json -d 'Print results as JSON on stdout (one object per line for `listen`)'
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from unset" -s v -l verbose -d 'Log requests and other details on stderr (secrets are never shown)'
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from unset" -s q -l quiet -d 'Print only results and errors'
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help'
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from unset" -s V -l version -d 'Print version'
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print the path of the config file'
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show every resolved value and where it came from (secrets masked)'
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print one value of the active profile, unmasked (for scripts)'
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set one value in the active profile (creates the file and the profile)'
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Remove one value from the active profile'
complete -c cheese -n "__fish_cheese_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cheese -n "__fish_cheese_using_subcommand completions" -l color -d 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cheese -n "__fish_cheese_using_subcommand completions" -l profile -d 'Configuration profile to use [env: CHEESE_PROFILE]' -r
complete -c cheese -n "__fish_cheese_using_subcommand completions" -l api-key -d 'API key for the store\'s API [env: CHEESE_API_KEY]' -r
complete -c cheese -n "__fish_cheese_using_subcommand completions" -l api-base -d 'Base URL of the store\'s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]' -r
complete -c cheese -n "__fish_cheese_using_subcommand completions" -l json -d 'Print results as JSON on stdout (one object per line for `listen`)'
complete -c cheese -n "__fish_cheese_using_subcommand completions" -s v -l verbose -d 'Log requests and other details on stderr (secrets are never shown)'
complete -c cheese -n "__fish_cheese_using_subcommand completions" -s q -l quiet -d 'Print only results and errors'
complete -c cheese -n "__fish_cheese_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cheese -n "__fish_cheese_using_subcommand completions" -s V -l version -d 'Print version'
complete -c cheese -n "__fish_cheese_using_subcommand man" -l color -d 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c cheese -n "__fish_cheese_using_subcommand man" -l profile -d 'Configuration profile to use [env: CHEESE_PROFILE]' -r
complete -c cheese -n "__fish_cheese_using_subcommand man" -l api-key -d 'API key for the store\'s API [env: CHEESE_API_KEY]' -r
complete -c cheese -n "__fish_cheese_using_subcommand man" -l api-base -d 'Base URL of the store\'s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]' -r
complete -c cheese -n "__fish_cheese_using_subcommand man" -l json -d 'Print results as JSON on stdout (one object per line for `listen`)'
complete -c cheese -n "__fish_cheese_using_subcommand man" -s v -l verbose -d 'Log requests and other details on stderr (secrets are never shown)'
complete -c cheese -n "__fish_cheese_using_subcommand man" -s q -l quiet -d 'Print only results and errors'
complete -c cheese -n "__fish_cheese_using_subcommand man" -s h -l help -d 'Print help'
complete -c cheese -n "__fish_cheese_using_subcommand man" -s V -l version -d 'Print version'
complete -c cheese -n "__fish_cheese_using_subcommand help; and not __fish_seen_subcommand_from listen trigger events demo sign verify webhooks login logout config completions man help" -f -a "listen" -d 'Receive deliveries, verify them and forward them to your app'
complete -c cheese -n "__fish_cheese_using_subcommand help; and not __fish_seen_subcommand_from listen trigger events demo sign verify webhooks login logout config completions man help" -f -a "trigger" -d 'Send signed sample events to your app, like the store does'
complete -c cheese -n "__fish_cheese_using_subcommand help; and not __fish_seen_subcommand_from listen trigger events demo sign verify webhooks login logout config completions man help" -f -a "events" -d 'List the event types the store sends, or print a sample envelope'
complete -c cheese -n "__fish_cheese_using_subcommand help; and not __fish_seen_subcommand_from listen trigger events demo sign verify webhooks login logout config completions man help" -f -a "demo" -d 'Try the whole flow on this machine: listen, a sample app and a realistic sequence'
complete -c cheese -n "__fish_cheese_using_subcommand help; and not __fish_seen_subcommand_from listen trigger events demo sign verify webhooks login logout config completions man help" -f -a "sign" -d 'Print the HMAC-SHA256 signature of a payload'
complete -c cheese -n "__fish_cheese_using_subcommand help; and not __fish_seen_subcommand_from listen trigger events demo sign verify webhooks login logout config completions man help" -f -a "verify" -d 'Check a signature against a payload and explain a mismatch'
complete -c cheese -n "__fish_cheese_using_subcommand help; and not __fish_seen_subcommand_from listen trigger events demo sign verify webhooks login logout config completions man help" -f -a "webhooks" -d 'Manage webhook endpoints through the store\'s API'
complete -c cheese -n "__fish_cheese_using_subcommand help; and not __fish_seen_subcommand_from listen trigger events demo sign verify webhooks login logout config completions man help" -f -a "login" -d 'Save an API key to the profile after checking it with the store'
complete -c cheese -n "__fish_cheese_using_subcommand help; and not __fish_seen_subcommand_from listen trigger events demo sign verify webhooks login logout config completions man help" -f -a "logout" -d 'Remove the API key from the profile'
complete -c cheese -n "__fish_cheese_using_subcommand help; and not __fish_seen_subcommand_from listen trigger events demo sign verify webhooks login logout config completions man help" -f -a "config" -d 'Show or change the configuration'
complete -c cheese -n "__fish_cheese_using_subcommand help; and not __fish_seen_subcommand_from listen trigger events demo sign verify webhooks login logout config completions man help" -f -a "completions" -d 'Print a shell completion script on stdout'
complete -c cheese -n "__fish_cheese_using_subcommand help; and not __fish_seen_subcommand_from listen trigger events demo sign verify webhooks login logout config completions man help" -f -a "man" -d 'Print the man page (roff) on stdout'
complete -c cheese -n "__fish_cheese_using_subcommand help; and not __fish_seen_subcommand_from listen trigger events demo sign verify webhooks login logout config completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cheese -n "__fish_cheese_using_subcommand help; and __fish_seen_subcommand_from events" -f -a "list" -d 'List the event types with a one-line summary each (the default)'
complete -c cheese -n "__fish_cheese_using_subcommand help; and __fish_seen_subcommand_from events" -f -a "sample" -d 'Print a realistic sample envelope of one event type'
complete -c cheese -n "__fish_cheese_using_subcommand help; and __fish_seen_subcommand_from webhooks" -f -a "register" -d 'Register a webhook endpoint and save its secret'
complete -c cheese -n "__fish_cheese_using_subcommand help; and __fish_seen_subcommand_from webhooks" -f -a "list" -d 'List your webhook endpoints'
complete -c cheese -n "__fish_cheese_using_subcommand help; and __fish_seen_subcommand_from webhooks" -f -a "get" -d 'Show one webhook endpoint'
complete -c cheese -n "__fish_cheese_using_subcommand help; and __fish_seen_subcommand_from webhooks" -f -a "update" -d 'Change a webhook endpoint'
complete -c cheese -n "__fish_cheese_using_subcommand help; and __fish_seen_subcommand_from webhooks" -f -a "delete" -d 'Delete a webhook endpoint'
complete -c cheese -n "__fish_cheese_using_subcommand help; and __fish_seen_subcommand_from webhooks" -f -a "test" -d 'Ask the store to send a test event to an endpoint now'
complete -c cheese -n "__fish_cheese_using_subcommand help; and __fish_seen_subcommand_from webhooks" -f -a "replay" -d 'Deliver failed events again'
complete -c cheese -n "__fish_cheese_using_subcommand help; and __fish_seen_subcommand_from webhooks" -f -a "deliveries" -d 'Show the delivery attempts of an endpoint'
complete -c cheese -n "__fish_cheese_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print the path of the config file'
complete -c cheese -n "__fish_cheese_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Show every resolved value and where it came from (secrets masked)'
complete -c cheese -n "__fish_cheese_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get" -d 'Print one value of the active profile, unmasked (for scripts)'
complete -c cheese -n "__fish_cheese_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Set one value in the active profile (creates the file and the profile)'
complete -c cheese -n "__fish_cheese_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "unset" -d 'Remove one value from the active profile'
