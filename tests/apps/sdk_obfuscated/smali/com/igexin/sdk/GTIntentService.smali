.class public abstract Lcom/igexin/sdk/GTIntentService;
.super Landroid/app/IntentService;
.method public constructor <init>()V
    .registers 2
    const-string v0, "GTIntentService"
    invoke-direct {p0, v0}, Landroid/app/IntentService;-><init>(Ljava/lang/String;)V
    return-void
.end method
.method public abstract onReceiveClientId(Landroid/content/Context;Ljava/lang/String;)V
.end method
