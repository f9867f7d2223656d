/**
 * Fields the API accepts on create/update, per resource. The API rejects unknown fields
 * (id, createdAt, onboarding, ...), so records are reduced to these before sending.
 */
export const WRITABLE_FIELDS: Record<string, readonly string[]> = {
    organizations: ['name', 'city', 'fieldOfWork', 'contactPerson', 'email', 'phone'],
    users: ['email', 'fullName', 'role', 'password', 'isActive', 'programTypes'],
    'program-types': ['key', 'name'],
    programs: ['organizationId', 'type', 'mentorId', 'genderExpertId', 'startDate', 'years', 'override'],
};

// Secrets are sent exactly as typed; everything else is trimmed.
const UNTRIMMED = new Set(['password']);

export const pickWritable = (
    resource: string,
    data: Record<string, unknown>
): Record<string, unknown> => {
    const fields = WRITABLE_FIELDS[resource];
    if (!fields) return data;
    const picked: Record<string, unknown> = {};
    for (const field of fields) {
        if (!(field in data)) continue;
        const value = data[field];
        picked[field] = typeof value === 'string' && !UNTRIMMED.has(field) ? value.trim() : value;
    }
    return picked;
};
