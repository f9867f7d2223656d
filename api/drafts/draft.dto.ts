import { ApiProperty } from '@nestjs/swagger';
import { IsObject } from 'class-validator';

/** A draft is the form's values as the console holds them; their shape is the form's business. */
export class PutDraftDto {
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'the form values, at most 256 KB as JSON' })
  @IsObject({ message: 'data must be an object of form values' })
  data: Record<string, unknown>;
}

export class DraftDto {
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'null when there is no draft' })
  data: Record<string, unknown> | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  updatedAt: string | null;
}
