.class public Lcom/example/legacy/MainActivity;
.super Landroid/app/Activity;
.source "MainActivity.java"


# instance fields
.field private mStatus:Landroid/widget/TextView;


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method


# virtual methods
.method getDeviceIdentifier()Ljava/lang/String;
    .registers 3

    const-string v0, "phone"

    invoke-virtual {p0, v0}, Lcom/example/legacy/MainActivity;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;

    move-result-object v0

    check-cast v0, Landroid/telephony/TelephonyManager;

    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;

    move-result-object v1

    if-nez v1, :cond_14

    const-string v1, "000000000000000"

    :cond_14
    return-object v1
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .registers 5

    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    new-instance v0, Landroid/widget/TextView;

    invoke-direct {v0, p0}, Landroid/widget/TextView;-><init>(Landroid/content/Context;)V

    iput-object v0, p0, Lcom/example/legacy/MainActivity;->mStatus:Landroid/widget/TextView;

    invoke-virtual {p0, v0}, Lcom/example/legacy/MainActivity;->setContentView(Landroid/view/View;)V

    new-instance v1, Ljava/lang/StringBuilder;

    invoke-direct {v1}, Ljava/lang/StringBuilder;-><init>()V

    const-string v2, "http://member.example.com/api/login?imei="

    invoke-virtual {v1, v2}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;

    invoke-virtual {p0}, Lcom/example/legacy/MainActivity;->getDeviceIdentifier()Ljava/lang/String;

    move-result-object v2

    invoke-virtual {v1, v2}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;

    invoke-virtual {v1}, Ljava/lang/StringBuilder;->toString()Ljava/lang/String;

    move-result-object v1

    invoke-virtual {v0, v1}, Landroid/widget/TextView;->setText(Ljava/lang/CharSequence;)V

    new-instance v2, Lcom/example/legacy/MainActivity$LoginTask;

    invoke-direct {v2, p0}, Lcom/example/legacy/MainActivity$LoginTask;-><init>(Lcom/example/legacy/MainActivity;)V

    const/4 v0, 0x1

    new-array v0, v0, [Ljava/lang/String;

    const/4 p1, 0x0

    aput-object v1, v0, p1

    invoke-virtual {v2, v0}, Lcom/example/legacy/MainActivity$LoginTask;->execute([Ljava/lang/Object;)Landroid/os/AsyncTask;

    return-void
.end method

.method public onCreateOptionsMenu(Landroid/view/Menu;)Z
    .registers 4

    const-string v0, "\u5173\u4e8e"

    invoke-interface {p1, v0}, Landroid/view/Menu;->add(Ljava/lang/CharSequence;)Landroid/view/MenuItem;

    const/4 v1, 0x1

    return v1
.end method

.method public onOptionsItemSelected(Landroid/view/MenuItem;)Z
    .registers 4

    new-instance v0, Landroid/content/Intent;

    const-class v1, Lcom/example/legacy/AboutActivity;

    invoke-direct {v0, p0, v1}, Landroid/content/Intent;-><init>(Landroid/content/Context;Ljava/lang/Class;)V

    invoke-virtual {p0, v0}, Lcom/example/legacy/MainActivity;->startActivity(Landroid/content/Intent;)V

    const/4 v0, 0x1

    return v0
.end method

.method onLoginResult(I)V
    .registers 4

    iget-object v0, p0, Lcom/example/legacy/MainActivity;->mStatus:Landroid/widget/TextView;

    invoke-static {p1}, Ljava/lang/String;->valueOf(I)Ljava/lang/String;

    move-result-object v1

    invoke-virtual {v0, v1}, Landroid/widget/TextView;->append(Ljava/lang/CharSequence;)V

    return-void
.end method
