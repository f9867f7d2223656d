import { ApiProperty } from '@nestjs/swagger';
import { IsObject, IsString, Matches } from 'class-validator';

export class AddRecordDto {
  @ApiProperty({ example: 'meeting', description: "the record kind's id in the program's template" })
  @IsString({ message: 'kind must be a record kind of this program type' })
  @Matches(/^[a-z][a-z0-9_]{0,63}$/, { message: 'kind must be a record kind of this program type' })
  kind: string;

  @ApiProperty({ type: 'object', additionalProperties: true, description: "the form's values, checked against the record kind's form" })
  @IsObject({ message: "data must be an object of the record form's values" })
  data: Record<string, unknown>;
}

export class RecordCreatedDto {
  @ApiProperty({ format: 'uuid' }) id: string;
}
