.class public Lcom/tencent/mm/sdk/openapi/WXWebpageObject;
.super Ljava/lang/Object;
.field public webpageUrl:Ljava/lang/String;
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
