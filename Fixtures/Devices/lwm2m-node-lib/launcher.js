#!/usr/bin/env node
// Runs the lwm2m-node-lib LwM2M client as a device under test of the conformance suite.
//
//   node launcher.js --server coap://127.0.0.1:5683 --endpoint NAME --lifetime 30
//                    [--short-server-id 1] [--log-level FATAL]
//
// stdout carries one line per event ("registered location=/rd/0001", "update-failed code=4.04", ...);
// the library's own log goes to stderr. stdin takes one command per line: update, register,
// deregister, reboot, "set /3/0/9 42", quit. End of stdin, SIGTERM and SIGINT act as quit.
//
// The library answers Read, Write and Execute itself but leaves their meaning to the application
// (handlers). The reactions below are this application's: a write of /1/0/1 changes the lifetime
// and sends an Update, Execute /1/0/8 sends an Update, Execute /1/0/4 de-registers, Execute /3/0/4
// re-registers as after a reboot, and an Update answered 4.04 leads to a new Register. See README.md.
'use strict';

const path = require('path');
const lwm2m = require('lwm2m-node-lib');
const logger = require(require.resolve('logops', { paths: [path.dirname(require.resolve('lwm2m-node-lib'))] }));

const client = lwm2m.client;

// How long quitting waits for the De-register answer: below the harness's polite-stop deadline (5 s).
const DEREGISTER_DEADLINE_MS = 3000;

function emit(event, details) {
    process.stdout.write(details ? `${event} ${details}\n` : `${event}\n`);
}

function parseArguments(argv) {
    const options = { shortServerId: '1', logLevel: 'FATAL' };
    const names = {
        '--server': 'server', '--endpoint': 'endpoint', '--lifetime': 'lifetime',
        '--short-server-id': 'shortServerId', '--log-level': 'logLevel',
    };
    for (let i = 0; i < argv.length; i += 2) {
        const name = names[argv[i]];
        if (!name || i + 1 >= argv.length) {
            throw new Error(`unknown option or missing value: ${argv[i]}`);
        }
        options[name] = argv[i + 1];
    }
    for (const required of ['server', 'endpoint', 'lifetime']) {
        if (!options[required]) {
            throw new Error(`missing --${required}`);
        }
    }
    if (!/^\d+$/.test(options.lifetime)) {
        throw new Error(`--lifetime must be a whole number of seconds, not ${options.lifetime}`);
    }
    return options;
}

// coap://host:port[/prefix]; the library takes host, port and an optional path prefix before /rd.
function parseServer(uri) {
    const url = new URL(uri);
    if (url.protocol !== 'coap:') {
        throw new Error(`only coap:// servers are supported (the library has no DTLS), not ${url.protocol}`);
    }
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    return {
        host,
        port: url.port ? Number(url.port) : 5683,
        prefix: url.pathname && url.pathname !== '/' ? url.pathname.replace(/\/$/, '') : '',
        ipProtocol: host.includes(':') ? 'udp6' : 'udp4',
    };
}

const options = parseOptionsOrExit();
const server = parseServerOrExit(options.server);
const config = {
    logLevel: options.logLevel,
    client: {
        lifetime: options.lifetime,
        version: '1.0',
        logLevel: options.logLevel,
        ipProtocol: server.ipProtocol,
        serverProtocol: server.ipProtocol,
        formats: [{ name: 'lightweightm2m/text', value: 1541 }],
        writeFormat: 'lightweightm2m/text',
    },
};

let device = null;
let quitting = false;

function parseOptionsOrExit() {
    try {
        return parseArguments(process.argv.slice(2));
    } catch (error) {
        emit('usage-error', error.message);
        process.exit(2);
    }
}

function parseServerOrExit(uri) {
    try {
        return parseServer(uri);
    } catch (error) {
        emit('usage-error', error.message);
        process.exit(2);
    }
}

function describe(error) {
    return error && error.code ? `code=${error.code} ${error.name || ''}`.trim() : String(error && error.message || error);
}

// Objects as in the OMA TestFest setup (ETS, C.3): one Server and one Device instance. The library keeps
// one string per resource, so multiple-instance resources (/3/0/6, 7, 8, 11) hold one value each.
const objects = {
    '/1/0': { 0: options.shortServerId, 1: options.lifetime, 2: '1', 3: '60', 6: 'true', 7: 'U' },
    '/3/0': {
        0: 'Open Mobile Alliance', 1: 'Lightweight M2M Client', 2: '345000123', 3: '1.0', 6: '1', 7: '3800',
        8: '125', 9: '100', 10: '15', 11: '0', 13: String(Math.floor(Date.now() / 1000)), 14: '+02:00',
        15: 'Europe/Berlin', 16: 'U', 17: 'Demo', 18: '1.0.1', 19: '1.0.2', 20: '2', 21: '128',
    },
};

const executable = {
    '/1/0/4': () => deregister('disabled'),
    '/1/0/8': () => update('registration-update-trigger'),
    '/3/0/4': () => reboot(),
};

function createObjects(done) {
    const resources = Object.entries(objects).flatMap(([uri, values]) => Object.entries(values).map(([id, value]) => [uri, id, value]));
    let pending = resources.length;
    for (const uri of Object.keys(objects)) {
        client.registry.create(uri, (error) => {
            if (error) {
                fail('object-error', `${uri} ${describe(error)}`);
            }
        });
    }
    for (const [uri, id, value] of resources) {
        client.registry.setResource(uri, id, value, (error) => {
            if (error) {
                fail('object-error', `${uri}/${id} ${describe(error)}`);
            }
            if (--pending === 0) {
                done();
            }
        });
    }
}

function fail(event, details) {
    emit(event, details);
    process.exit(1);
}

function setHandlers(info) {
    client.setHandler(info.serverInfo, 'read', onRead);
    client.setHandler(info.serverInfo, 'write', onWrite);
    client.setHandler(info.serverInfo, 'execute', onExecute);
}

function onRead(objectType, objectId, resourceId, value, callback) {
    const uri = `/${objectType}/${objectId}/${resourceId}`;
    emit('read', uri);
    // Current Time is the one value that moves; everything else is answered as stored.
    callback(null, uri === '/3/0/13' ? String(Math.floor(Date.now() / 1000)) : undefined);
}

function onWrite(objectType, objectId, resourceId, value, callback) {
    const uri = `/${objectType}/${objectId}${resourceId ? `/${resourceId}` : ''}`;
    emit('write', `${uri} value=${JSON.stringify(value)}`);
    if (uri !== '/1/0/1') {
        return callback(null);
    }
    if (!/^\d+$/.test(value)) {
        client.registry.setResource('/1/0', '1', config.client.lifetime, () => callback({ code: '4.00' }));
        return undefined;
    }
    config.client.lifetime = value;
    emit('lifetime', value);
    callback(null);
    // After the 2.04 has gone: the new lifetime reaches the server in an Update.
    setImmediate(() => update('lifetime-changed'));
    return undefined;
}

function onExecute(objectType, objectId, resourceId, argument, callback) {
    const uri = `/${objectType}/${objectId}/${resourceId}`;
    emit('execute', argument ? `${uri} argument=${JSON.stringify(argument)}` : uri);
    const action = executable[uri];
    if (!action) {
        const exists = objects[`/${objectType}/${objectId}`] && resourceId in objects[`/${objectType}/${objectId}`];
        return callback({ code: exists ? '4.05' : '4.04' });
    }
    callback(null);
    setImmediate(action);
    return undefined;
}

function register(reason) {
    emit('registering', `server=${options.server} endpoint=${options.endpoint} lifetime=${config.client.lifetime}${reason ? ` reason=${reason}` : ''}`);
    client.register(server.host, server.port, server.prefix, options.endpoint, (error, info) => {
        if (error) {
            emit('register-failed', describe(error));
            return;
        }
        device = info;
        setHandlers(info);
        emit('registered', `location=/${info.location} port=${info.localPort}`);
    });
}

function update(reason) {
    if (!device) {
        emit('update-skipped', 'not registered');
        return;
    }
    emit('updating', `lifetime=${config.client.lifetime}${reason ? ` reason=${reason}` : ''}`);
    client.update(device, (error, info) => {
        if (error) {
            emit('update-failed', describe(error));
            if (error.code === '4.04') {
                device = null;
                register('update-not-found');
            }
            return;
        }
        device = info;
        setHandlers(info);
        emit('updated', `location=/${info.location} port=${info.localPort}`);
    });
}

function deregister(reason, then) {
    if (!device) {
        emit('deregister-skipped', 'not registered');
        if (then) {
            then();
        }
        return;
    }
    const leaving = device;
    device = null;
    emit('deregistering', reason || '');
    client.unregister(leaving, (error) => {
        emit(error ? 'deregister-failed' : 'deregistered', error ? describe(error) : `location=/${leaving.location}`);
        if (then) {
            then();
        }
    });
}

function reboot() {
    deregister('reboot', () => register('reboot'));
}

function quit(reason) {
    if (quitting) {
        return;
    }
    quitting = true;
    emit('quitting', reason);
    const timer = setTimeout(() => {
        emit('deregister-timeout', `${DEREGISTER_DEADLINE_MS} ms`);
        process.exit(0);
    }, DEREGISTER_DEADLINE_MS);
    deregister('quit', () => {
        clearTimeout(timer);
        emit('exit', '0');
        process.exit(0);
    });
}

function onCommand(line) {
    const words = line.trim().split(/\s+/).filter(Boolean);
    switch (words[0]) {
        case undefined:
            return;
        case 'update':
            return update('command');
        case 'register':
            return register('command');
        case 'deregister':
            return deregister('command');
        case 'reboot':
            return reboot();
        case 'set':
            if (words.length !== 3 || !/^\/\d+\/\d+\/\d+$/.test(words[1])) {
                return emit('command-error', `usage: set /O/I/R value (${line.trim()})`);
            }
            return client.registry.setResource(words[1].replace(/\/\d+$/, ''), words[1].split('/')[3], words[2],
                (error) => emit(error ? 'command-error' : 'set', error ? describe(error) : `${words[1]}=${words[2]}`));
        case 'quit':
            return quit('command');
        default:
            return emit('command-error', `unknown command ${JSON.stringify(words[0])}`);
    }
}

logger.setStream(process.stderr);
logger.setLevel(options.logLevel);
client.init(config);

let pendingInput = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
    pendingInput += chunk;
    let newline;
    while ((newline = pendingInput.indexOf('\n')) >= 0) {
        const line = pendingInput.slice(0, newline);
        pendingInput = pendingInput.slice(newline + 1);
        onCommand(line);
    }
});
process.stdin.on('end', () => quit('end-of-input'));
process.on('SIGTERM', () => quit('SIGTERM'));
process.on('SIGINT', () => quit('SIGINT'));

createObjects(() => register());
