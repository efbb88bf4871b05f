.class Lcom/example/tuji/SplashActivity$1;
.super Ljava/lang/Object;
.source "SplashActivity.java"

# interfaces
.implements Landroid/content/DialogInterface$OnClickListener;


# annotations
.annotation system Ldalvik/annotation/EnclosingMethod;
    value = Lcom/example/tuji/SplashActivity;->showPrivacyDialog()V
.end annotation

.annotation system Ldalvik/annotation/InnerClass;
    accessFlags = 0x0
    name = null
.end annotation


# instance fields
.field final synthetic this$0:Lcom/example/tuji/SplashActivity;


# direct methods
.method constructor <init>(Lcom/example/tuji/SplashActivity;)V
    .registers 2

    iput-object p1, p0, Lcom/example/tuji/SplashActivity$1;->this$0:Lcom/example/tuji/SplashActivity;

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method


# virtual methods
.method public onClick(Landroid/content/DialogInterface;I)V
    .registers 6

    iget-object v0, p0, Lcom/example/tuji/SplashActivity$1;->this$0:Lcom/example/tuji/SplashActivity;

    const/4 v1, -0x1

    if-ne p2, v1, :cond_0

    const/4 v1, 0x1

    invoke-static {v0, v1}, Lcom/example/tuji/util/PrivacySp;->setAgreed(Landroid/content/Context;Z)V

    invoke-static {v0}, Lcom/example/tuji/TujiApp;->initThirdParty(Landroid/content/Context;)V

    invoke-virtual {v0}, Lcom/example/tuji/SplashActivity;->goMain()V

    return-void

    :cond_0
    const/4 v1, -0x3

    if-ne p2, v1, :cond_1

    new-instance v1, Landroid/content/Intent;

    const-class v2, Lcom/example/tuji/PolicyActivity;

    invoke-direct {v1, v0, v2}, Landroid/content/Intent;-><init>(Landroid/content/Context;Ljava/lang/Class;)V

    const-string v2, "page"

    const-string v3, "privacy_policy.html"

    invoke-virtual {v1, v2, v3}, Landroid/content/Intent;->putExtra(Ljava/lang/String;Ljava/lang/String;)Landroid/content/Intent;

    invoke-virtual {v0, v1}, Lcom/example/tuji/SplashActivity;->startActivity(Landroid/content/Intent;)V

    return-void

    :cond_1
    invoke-interface {p1}, Landroid/content/DialogInterface;->dismiss()V

    invoke-virtual {v0}, Lcom/example/tuji/SplashActivity;->finish()V

    return-void
.end method
