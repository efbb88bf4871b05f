.class public Lcom/tencent/mm/sdk/openapi/WXMediaMessage;
.super Ljava/lang/Object;
.field public title:Ljava/lang/String;
.field public mediaObject:Lcom/tencent/mm/sdk/openapi/WXMediaMessage$IMediaObject;
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
