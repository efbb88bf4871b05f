.class public Lcom/tencent/tinker/lib/service/TinkerPatchService$IntentServiceRunner;
.super Landroid/app/IntentService;
.method public constructor <init>()V
    .registers 2
    const-string v0, "TinkerPatchService"
    invoke-direct {p0, v0}, Landroid/app/IntentService;-><init>(Ljava/lang/String;)V
    return-void
.end method
.method protected onHandleIntent(Landroid/content/Intent;)V
    .registers 2
    return-void
.end method
