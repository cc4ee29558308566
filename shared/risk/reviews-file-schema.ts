import { z } from 'zod';

/**
 * The file `tollgate review --reviews FILE` and `tollgate policy explain --reviews
 * FILE` read: the pull request's reviews, team memberships, author and labels, as the
 * App would fetch them. Lets a security team test its policy's approval rules locally.
 */
export const reviewsFileSchema = z
  .object({
    author: z.string().min(1).optional().describe("The pull request's author (login)."),
    labels: z.array(z.string()).optional().describe("The pull request's labels."),
    reviews: z
      .array(
        z
          .object({
            user: z.string().min(1),
            state: z.enum(['APPROVED', 'CHANGES_REQUESTED', 'COMMENTED', 'DISMISSED', 'PENDING']),
            commit: z.string().min(1).optional().describe('The commit reviewed (full SHA); `HEAD` means the reviewed head commit.'),
            time: z.string().min(1).describe('When it was submitted (ISO 8601).'),
          })
          .strict(),
      )
      .default([]),
    teams: z.record(z.string(), z.array(z.string())).default({}).describe('Members by team (`org/slug`).'),
  })
  .strict();

/** A parsed reviews file. */
export type ReviewsFile = z.output<typeof reviewsFileSchema>;
