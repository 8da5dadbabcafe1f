/**
 * oidc-provider's storage over the `oidc_payload` table, so an interaction started by one process
 * can finish in another and a restart signs nobody out of the identity provider.
 */
import type { Adapter, AdapterPayload } from 'oidc-provider';
import type { Store } from '../../../store/create-store.js';
import {
  consumeOidcPayload,
  deleteOidcPayload,
  deleteOidcPayloadsByGrant,
  findOidcPayload,
  upsertOidcPayload,
  type StoredOidcPayload,
} from '../../../store/repositories/oidc-payload.repository.js';

function toPayload(stored: StoredOidcPayload | undefined): AdapterPayload | undefined {
  if (!stored) return undefined;
  const payload = JSON.parse(stored.payload) as AdapterPayload;
  // oidc-provider checks `consumed` to refuse a second use of a code.
  if (stored.consumedAt !== null)
    payload.consumed = Math.floor(Date.parse(stored.consumedAt) / 1000);
  return payload;
}

export function createPayloadAdapter(store: Store, kind: string): Adapter {
  const db = store.db;
  return {
    async upsert(id, payload, expiresIn) {
      await upsertOidcPayload(db, {
        kind,
        id,
        payload: JSON.stringify(payload),
        grantId: payload.grantId ?? null,
        userCode: payload.userCode ?? null,
        uid: payload.uid ?? null,
        expiresAt: typeof expiresIn === 'number' ? new Date(Date.now() + expiresIn * 1000) : null,
      });
    },
    async find(id) {
      return toPayload(await findOidcPayload(db, kind, { id }, new Date()));
    },
    async findByUid(uid) {
      return toPayload(await findOidcPayload(db, kind, { uid }, new Date()));
    },
    async findByUserCode(userCode) {
      return toPayload(await findOidcPayload(db, kind, { userCode }, new Date()));
    },
    async consume(id) {
      await consumeOidcPayload(db, kind, id, new Date());
    },
    async destroy(id) {
      await deleteOidcPayload(db, kind, id);
    },
    async revokeByGrantId(grantId) {
      await deleteOidcPayloadsByGrant(db, grantId);
    },
  };
}
