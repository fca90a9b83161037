import { parse, type OperationDefinitionNode } from 'graphql';
import { ANONYMOUS, authorize, MUTATION_ROLES, requiredAccess, type Caller, type Role } from '../../../src/request';
import { authenticate, generateApiKey } from '../../../src/server/auth';

function accessOf(source: string, readsRequireAuth = false) {
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  if (!operation) throw new Error('no operation');
  return requiredAccess(operation, document, readsRequireAuth);
}

describe('requiredAccess', () => {
  it('leaves queries public by default and asks for a reader when reads require auth', () => {
    expect(accessOf('{ actor(id: "x") { name } }')).toBeNull();
    expect(accessOf('{ actor(id: "x") { name } }', true)).toEqual({ role: 'reader', fields: [] });
  });

  it('asks for an editor to write and an admin to delete', () => {
    expect(accessOf('mutation { upsertCompany(input: $i) { created } }')).toEqual({ role: 'editor', fields: ['upsertCompany'] });
    expect(accessOf('mutation { deleteActor(id: "x") { deletedId } }')).toEqual({ role: 'admin', fields: ['deleteActor'] });
  });

  it('takes the highest role of all root fields, through fragments and aliases', () => {
    const source = `mutation { a: addMembership(actor: "a", cluster: "c", sources: ["s"]) { errors { code } } ...F ... on Mutation { endMembership(actor: "a", cluster: "c", until: "2020") { errors { code } } } }
      fragment F on Mutation { deleteCluster(id: "c") { deletedId } }`;
    expect(accessOf(source)).toEqual({ role: 'admin', fields: ['deleteCluster'] });
  });

  it('closes a mutation nobody has given a role to', () => {
    expect(accessOf('mutation { somethingNew { x } }')).toEqual({ role: 'admin', fields: ['somethingNew'] });
  });

  it('gives every mutation of the schema a role', () => {
    expect(Object.keys(MUTATION_ROLES).sort()).toEqual(
      [
        'addCollaboration',
        'addMembership',
        'addSupplyLink',
        'deleteActor',
        'deleteCluster',
        'endCollaboration',
        'endMembership',
        'endSupplyLink',
        'upsertCluster',
        'upsertCompany',
        'upsertOrganization',
        'upsertResearchInstitute',
      ].sort(),
    );
  });
});

describe('authenticate', () => {
  const { key, hash } = generateApiKey();
  const keys = [{ id: 'ci', role: 'editor' as const, hash }];

  it('is anonymous without a header', () => {
    expect(authenticate(undefined, keys)).toEqual({ ok: true, caller: ANONYMOUS });
    expect(authenticate('  ', keys)).toEqual({ ok: true, caller: ANONYMOUS });
  });

  it('names the key holder of a valid bearer key, whatever the case of "Bearer"', () => {
    expect(authenticate(`Bearer ${key}`, keys)).toEqual({ ok: true, caller: { kind: 'apiKey', keyId: 'ci', role: 'editor' } });
    expect(authenticate(`bearer ${key}`, keys)).toMatchObject({ ok: true });
  });

  it('refuses another scheme and an unknown key', () => {
    expect(authenticate(`Basic ${key}`, keys)).toEqual({ ok: false, reason: expect.stringMatching(/Bearer <API key>/) });
    expect(authenticate(`Bearer ${generateApiKey().key}`, keys)).toEqual({ ok: false, reason: expect.stringMatching(/not valid/) });
    expect(authenticate(`Bearer ${key} extra`, keys)).toMatchObject({ ok: false });
  });
});

describe('authorize', () => {
  const caller = (role: Role): Caller => ({ kind: 'apiKey', keyId: `k-${role}`, role });
  const codeOf = (run: () => void): string | undefined => {
    try {
      run();
      return undefined;
    } catch (error) {
      return (error as { extensions: { code: string } }).extensions.code;
    }
  };

  it.each([
    ['anonymous', 'editor', 'UNAUTHENTICATED'],
    ['reader', 'editor', 'FORBIDDEN'],
    ['editor', 'editor', undefined],
    ['admin', 'editor', undefined],
    ['editor', 'admin', 'FORBIDDEN'],
    ['admin', 'admin', undefined],
    ['anonymous', 'reader', 'UNAUTHENTICATED'],
    ['reader', 'reader', undefined],
  ] as const)('a %s caller on what needs %s: %s', (who, needs, code) => {
    const c = who === 'anonymous' ? ANONYMOUS : caller(who);
    expect(codeOf(() => authorize(c, { role: needs, fields: ['f'] }))).toBe(code);
  });

  it('says which role is needed and which the key has, and sets the HTTP status', () => {
    try {
      authorize(caller('editor'), { role: 'admin', fields: ['deleteActor'] });
      throw new Error('not refused');
    } catch (error) {
      const e = error as { message: string; extensions: { http: { status: number } } };
      expect(e.message).toBe('`deleteActor` needs the admin role; the API key "k-editor" has the editor role.');
      expect(e.extensions.http.status).toBe(403);
    }
  });
});
