import type { TranslationMessages } from 'react-admin';
import englishMessages from 'ra-language-english';
import { advocacyEn } from './advocacy.en';
import { institutionalEn } from './institutional.en';
import { managerEn } from './manager.en';
import { institutionalMessages, mergeMessages } from './merge';

/** English: react-admin's built-in messages plus Mentorflow's own. */
const base: TranslationMessages = {
  ...englishMessages,
  resources: {
    organizations: {
      name: 'Organization |||| Organizations',
      notifications: {
        created: 'Organization created; its onboarding workflow has started',
        updated: 'Organization updated |||| %{smart_count} organizations updated',
        deleted: 'Organization deleted |||| %{smart_count} organizations deleted',
      },
      message: {
        delete_title: 'Delete organization "%{recordRepresentation}"?',
        delete_content: 'This organization will be deleted from Mentorflow. This cannot be undone.',
      },
      fields: {
        name: 'Name',
        city: 'City',
        fieldOfWork: 'Field of work',
        contactPerson: 'Contact person',
        email: 'Email',
        phone: 'Phone',
        createdAt: 'Created',
        updatedAt: 'Last updated',
        onboarding: 'Onboarding',
        q: 'Search',
      },
    },
    users: {
      name: 'User |||| Users',
      notifications: {
        created: 'User account created',
      },
      fields: {
        fullName: 'Full name',
        email: 'Email',
        role: 'Role',
        password: 'Initial password',
        isActive: 'Active',
        createdAt: 'Created',
        q: 'Search',
      },
    },
  },
  mentorflow: {
    app_name: 'Mentorflow',
    tagline: 'Capacity-building mentorship for civil society organisations',
    roles: {
      admin: 'Administrator',
      program_manager: 'Program manager',
      mentor: 'Mentor',
      gender_expert: 'Gender expert',
    },
    auth: {
      invalid_credentials: 'Invalid email or password.',
      throttled: 'Too many failed sign-in attempts. Please wait a few minutes before trying again.',
      throttled_seconds: 'Too many failed sign-in attempts. Please wait %{seconds} seconds before trying again.',
      signed_in_as: 'Signed in as',
    },
    errors: {
      network: 'Cannot reach the Mentorflow server. Check your connection and try again.',
      unexpected_response: 'The server sent an unexpected response.',
      forbidden_record: 'You don’t have access to this record.',
    },
    onboarding: {
      title: 'Onboarding workflow',
      help: 'Creating an organization starts its onboarding workflow in Temporal.',
      workflow_id: 'Workflow ID',
      open_in_temporal: 'Open in Temporal UI',
      none: 'No onboarding workflow is recorded for this organization.',
      status: {
        not_started: 'Not started',
        pending: 'Pending',
        running: 'Running',
        completed: 'Completed',
        failed: 'Failed',
        cancelled: 'Cancelled',
        terminated: 'Terminated',
        timed_out: 'Timed out',
        continued_as_new: 'Continued',
        unknown: 'Unknown',
      },
    },
    organizations: {
      details: 'Details',
      contact: 'Contact',
      search_help: 'Name, city or contact person',
      phone_help: 'With country code, e.g. +90 312 555 01 02',
      empty: {
        manager_title: 'No organizations yet',
        manager_body: 'Add the first civil society organization; its onboarding workflow starts automatically.',
        assigned_title: 'No organizations assigned to you yet',
        assigned_body:
          'A program manager assigns CSOs to mentors and gender experts. Your organizations will appear here once they are assigned.',
      },
    },
    users: {
      password_help: 'At least 8 characters. Share it with the user over a secure channel.',
      new_password: 'New password',
      new_password_help: 'Leave empty to keep the current password.',
      active_help: 'An inactive account cannot sign in; its history stays.',
      empty_title: 'No users yet',
      empty_body: 'Invite program managers, mentors and gender experts by creating their accounts.',
    },
    validation: {
      phone: 'Enter a phone number with its country code, e.g. +90 312 555 01 02',
    },
  },
};

export const en: TranslationMessages = mergeMessages(
  mergeMessages(mergeMessages(base, institutionalMessages(institutionalEn)), advocacyEn),
  managerEn,
);
